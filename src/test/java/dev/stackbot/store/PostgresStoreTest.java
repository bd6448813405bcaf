package dev.stackbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a real PostgreSQL server (binaries from Maven, started by the test); "broken" is the server
 * stopped, and repaired is it started again on the same data directory and port.
 */
@DisplayName("Store on PostgreSQL")
final class PostgresStoreTest extends StoreBackendTest {

    @TempDir
    static Path temp;

    private EmbeddedPostgres server;
    private int port;
    private int databases;

    @BeforeAll
    void startServer() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = start();
    }

    private EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(temp.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
    }

    @AfterAll
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    StoreConfig freshDatabase() throws Exception {
        String name = "store_" + databases++;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + name + "?user=postgres";
        return new StoreConfig(temp.resolve("data"), url, null, StoreConfig.DEFAULT_RETENTION_DAYS);
    }

    @Override
    void breakDatabase() throws IOException {
        server.close();
        server = null;
    }

    @Override
    void repair() throws IOException {
        server = start();
    }
}
