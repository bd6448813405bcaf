package dev.stackbot.store;

import dev.stackbot.answer.Answer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Stackbot remembers: answers served and feedback, in SQLite or PostgreSQL. Recording never waits on the
 * database (a bounded queue and one writer thread, see {@link StoreWriter}); reads (a button's answer, the
 * report, forget) go to the database directly and throw {@link StoreException} when it cannot be reached.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** Entries the queue holds while the database is away: about 20 MB of answers at most. */
    public static final int QUEUE_CAPACITY = 10_000;
    static final int BATCH_SIZE = 500;

    private final Database database;
    private final AskerHash hash;
    private final StoreWriter writer;
    private final Clock clock;
    private final Duration retention;

    Store(Database database, AskerHash hash, int capacity, Duration maxBackoff, Clock clock) {
        this.database = database;
        this.hash = hash;
        this.clock = clock;
        this.retention = Duration.ofDays(database.config().retentionDays());
        this.writer = new StoreWriter(database, capacity, BATCH_SIZE, maxBackoff, this::purgeQuietly, clock);
    }

    /**
     * Opens the store and starts its writer, which creates the schema in the background: a database that is
     * down at start delays nothing, its writes wait in the queue.
     *
     * @throws StoreException when the hash key cannot be read or created
     */
    public static Store open(StoreConfig config) {
        return start(new Store(Database.of(config), AskerHash.load(config), QUEUE_CAPACITY, Duration.ofSeconds(5),
                Clock.systemUTC()));
    }

    static Store start(Store store) {
        store.writer.start();
        return store;
    }

    /**
     * Opens an existing store for a one-off command (report, forget): nothing is created, so a wrong data
     * directory is an error rather than an empty store, and a missing hash key is an error rather than a new one
     * that would match nobody. The schema is brought up to date; an unreachable database is an error, right away.
     */
    public static Store openExisting(StoreConfig config) {
        if (!config.postgres() && !Files.isRegularFile(config.sqliteFile())) {
            throw new StoreException("there is no store at " + config.sqliteFile()
                    + ": set STACKBOT_DATA (or --data) to the bot's data directory", null);
        }
        if (config.hashKey() == null && !Files.isRegularFile(config.dataDir().resolve(AskerHash.KEY_FILE))) {
            throw new StoreException("there is no hash key in " + config.dataDir() + " and STACKBOT_HASH_KEY is not"
                    + " set: use the bot's data directory or key, or no stored user can be matched", null);
        }
        Database database = Database.of(config);
        try {
            database.migrate();
        } catch (SQLException e) {
            throw new StoreException("cannot open the store (" + config.describe() + "): " + StoreWriter.oneLine(e), e);
        }
        return start(new Store(database, AskerHash.load(config), QUEUE_CAPACITY, Duration.ofSeconds(5),
                Clock.systemUTC()));
    }

    /** Where the store is, for logs (never a password). */
    public String describe() {
        return database.config().describe();
    }

    /** The keyed hash the store knows a user by. */
    public String askerHash(long userId) {
        return hash.of(userId);
    }

    /** Queues an answer; false when the queue is full and it was dropped (counted in {@link #stats()}). */
    public boolean record(ServedAnswer answer) {
        return writer.offer(answer);
    }

    /** Queues feedback, as {@link #record(ServedAnswer)}. */
    public boolean record(Feedback feedback) {
        return writer.offer(feedback);
    }

    /** The answer stored under this id; empty when there is none (never stored, purged, or forgotten). */
    public Optional<Answer> find(String id) {
        try (Connection c = database.connect()) {
            return StoreTables.findAnswer(c, id);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The maintainer's report of the period that ends now. */
    public StoreReport report(Duration period) {
        Instant to = clock.instant();
        try (Connection c = database.connect()) {
            return StoreReports.build(c, to.minus(period), to.plusMillis(1));
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Deletes everything stored about one user: their answers, the feedback on them, the feedback they gave. */
    public DeletedRows forget(long userId) {
        return inTransaction(c -> StoreTables.forget(c, hash.of(userId)));
    }

    /** Deletes what is older than the retention period. */
    public DeletedRows purge() {
        Instant cutoff = clock.instant().minus(retention);
        return inTransaction(c -> StoreTables.purgeBefore(c, cutoff));
    }

    private void purgeQuietly() {
        DeletedRows deleted = purge();
        if (deleted.answers() + deleted.feedback() > 0) {
            LOG.info("retention: purged {} answers and {} feedback older than {} days", deleted.answers(),
                    deleted.feedback(), retention.toDays());
        }
    }

    /** Rows in a table ("answers" or "feedback"). */
    public long count(String table) {
        try (Connection c = database.connect()) {
            return StoreTables.count(c, table);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public StoreStats stats() {
        return writer.stats();
    }

    /** Transactions the writer has committed since start (tests: how entries were batched). */
    long commits() {
        return writer.commits();
    }

    /** Waits until everything recorded so far is committed; false after {@code timeout}. */
    public boolean flush(Duration timeout) throws InterruptedException {
        return writer.flush(timeout);
    }

    Database database() {
        return database;
    }

    private DeletedRows inTransaction(SqlWork work) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                DeletedRows deleted = work.run(c);
                c.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private StoreException unavailable(SQLException e) {
        return new StoreException("the store (" + describe() + ") is unavailable: " + StoreWriter.oneLine(e), e);
    }

    /** Writes what is queued (for up to 5 s) and stops the writer. */
    @Override
    public void close() {
        writer.close();
    }

    @FunctionalInterface
    private interface SqlWork {
        DeletedRows run(Connection connection) throws SQLException;
    }
}
