package dev.stackbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

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

    @Test
    @DisplayName("a full queue drops the newest entries, counts each drop and warns once; recording never blocks")
    void fullQueueDropsTheNewest() throws Exception {
        // given a store whose database can never be opened (its data directory is a file) and a queue of 5
        Path notADirectory = Files.writeString(temp.resolve("not-a-directory"), "x");
        StoreConfig config = StoreConfig.sqlite(notADirectory);
        Logger log = (Logger) LoggerFactory.getLogger(StoreWriter.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        log.addAppender(logs);
        Store store = Store.start(new Store(new Database(config, 100), new AskerHash(new byte[32]), 5,
                Duration.ofMillis(100), Clock.systemUTC()));
        try {
            // and the writer holding one entry it cannot write (while it retries a batch it takes no more)
            assertThat(store.record(Feedback.vote("first", "h", Instant.now(), true))).isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (store.stats().queued() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5); // the writer has taken it
            }
            long failuresBefore = store.stats().failures();
            while (store.stats().failures() == failuresBefore && System.nanoTime() < deadline) {
                Thread.sleep(5); // and failed to write it at least once since
            }
            assertThat(store.stats().failures()).as("the writer failed with the entry in hand").isGreaterThan(failuresBefore);
            // when 50 more answers are recorded
            int accepted = 0;
            long slowest = 0;
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                if (store.record(Feedback.vote("a" + i, "h", Instant.now(), true))) {
                    accepted++;
                }
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
            // then the queue took 5 and the other 45 were dropped, each counted, with one warning
            assertThat(accepted).isEqualTo(5);
            assertThat(store.stats().dropped()).isEqualTo(45);
            assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofMillis(50));
            assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().startsWith("store queue full")).hasSize(1);
        } finally {
            store.close();
            log.detachAppender(logs);
        }
    }
}
