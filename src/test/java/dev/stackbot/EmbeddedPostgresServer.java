package dev.stackbot;

import dev.stackbot.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PostgreSQL server for a test class (binaries from Maven Central), with a fresh database per test. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server on a free port with its data in {@code dir}. */
    public static EmbeddedPostgresServer start(Path dir) throws IOException {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).start());
    }

    /** A new empty database and the store settings that point at it (SQLite's data directory: {@code dataDir}). */
    public StoreConfig freshDatabase(Path dataDir) throws SQLException {
        String name = "db_" + databases.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new StoreConfig(dataDir, url(name), "a-test-hash-key-of-16+", StoreConfig.DEFAULT_RETENTION_DAYS);
    }

    /** The URL of a database on this server, as STACKBOT_DATABASE_URL takes it. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database + "?user=postgres";
    }

    /** A superuser connection to the server's maintenance database (to terminate backends, say). */
    public Connection admin() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
