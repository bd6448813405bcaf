package dev.stackbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file; "broken" is another process holding the file's write lock. */
@DisplayName("Store on SQLite")
final class SqliteStoreTest extends StoreBackendTest {

    @TempDir
    Path temp;

    private int databases;
    private StoreConfig current;
    private Connection locker;

    @Override
    StoreConfig freshDatabase() {
        current = StoreConfig.sqlite(temp.resolve("data-" + databases++));
        return current;
    }

    @Override
    int busyMillis() {
        return 100; // fail fast while the test holds the lock
    }

    @Override
    void breakDatabase() throws Exception {
        // the database the test's store writes to: an exclusive transaction locks out every other writer
        locker = DriverManager.getConnection("jdbc:sqlite:" + current.sqliteFile().toAbsolutePath());
        try (Statement s = locker.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
        }
    }

    @Override
    void repair() throws Exception {
        try (Statement s = locker.createStatement()) {
            s.execute("ROLLBACK");
        }
        locker.close();
    }
}
