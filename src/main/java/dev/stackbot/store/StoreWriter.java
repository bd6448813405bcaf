package dev.stackbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts entries in the store off the answer path: {@link #offer} only enqueues, one writer thread drains the
 * bounded queue in batches (gathered for up to {@link #LINGER} after their first entry), one transaction a batch,
 * and retries a failed batch with backoff until the database takes it. A failure is logged once per incident (when
 * it starts and when it ends), not per entry.
 *
 * <p>When the queue is full the <em>newest</em> entry is dropped and counted: the ones already waiting are
 * older and were accepted first, and the caller never blocks. It fills only after the store has been down for
 * a while (10,000 entries are hours of a busy server).
 */
final class StoreWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);

    /**
     * How long a batch waits for more entries after its first: what a reader (/stats, another process's button)
     * may lag behind an answer, and what a crash may lose beyond the queue; small beside either's use.
     */
    static final Duration LINGER = Duration.ofMillis(50);

    private final Database database;
    private final BlockingQueue<StoreEntry> queue;
    private final int batchSize;
    private final Duration maxBackoff;
    private final Runnable daily;
    private final Clock clock;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);

    private final AtomicLong written = new AtomicLong();
    /** Batches committed (each one transaction). */
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong incidents = new AtomicLong();
    /** Entries accepted and not yet committed (nor given up): counted before they enter the queue. */
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean down;
    private volatile boolean dropWarned;

    private Connection connection;
    private boolean migrated;
    private Instant nextDaily;

    /**
     * @param daily run on the writer thread once the schema is there and then every 24 h (the retention purge);
     *              its failures count as the store's
     */
    StoreWriter(Database database, int capacity, int batchSize, Duration maxBackoff, Runnable daily, Clock clock) {
        this.database = database;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.maxBackoff = maxBackoff;
        this.daily = daily;
        this.clock = clock;
        this.thread = new Thread(this::run, "stackbot-store-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Enqueues without ever blocking; false when the queue was full and the entry was dropped (and counted). */
    boolean offer(StoreEntry entry) {
        if (!running.get()) {
            dropped.incrementAndGet();
            return false;
        }
        pending.incrementAndGet();
        if (queue.offer(entry)) {
            return true;
        }
        pending.decrementAndGet();
        dropped.incrementAndGet();
        if (!dropWarned) {
            dropWarned = true;
            LOG.warn("store queue full ({} entries waiting): dropping new answers and feedback until it drains;"
                    + " each drop is counted", queue.size());
        }
        return false;
    }

    StoreStats stats() {
        return new StoreStats(queue.size(), written.get(), dropped.get(), rejected.get(), failures.get(),
                incidents.get(), down);
    }

    /** Batches committed since start. */
    long commits() {
        return commits.get();
    }

    /** Waits until everything offered so far is committed; false when that took longer than {@code timeout}. */
    boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void run() {
        List<StoreEntry> batch = new ArrayList<>(batchSize);
        Duration backoff = Duration.ofMillis(50);
        while (running.get() || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    StoreEntry first = queue.poll(100, TimeUnit.MILLISECONDS); // short, so close() is prompt
                    if (first != null) {
                        batch.add(first);
                        queue.drainTo(batch, batchSize - 1);
                        gather(batch);
                    }
                }
                ensureReady();
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                    commits.incrementAndGet();
                    written.addAndGet(batch.size());
                    pending.addAndGet(-batch.size());
                    batch.clear();
                }
                recovered();
                backoff = Duration.ofMillis(50);
                runDailyWhenDue();
            } catch (InterruptedException e) {
                if (!running.get()) {
                    break; // close() gave up waiting: the batch in hand and the queue are lost, and say so
                }
            } catch (SQLException | RuntimeException e) {
                failed(e);
                if (!running.get() && !batch.isEmpty()) {
                    break;
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
        int lost = batch.size() + queue.size();
        if (lost > 0) {
            dropped.addAndGet(lost);
            pending.addAndGet(-lost);
            LOG.warn("store writer stopped with {} entries not written (the store was unreachable)", lost);
        }
        closeConnection();
    }

    /**
     * Waits up to {@link #LINGER} after a batch's first entry for more to join it, so a bot answering a question
     * every few ms commits one transaction for several answers instead of one each (a commit, its WAL write and
     * its locks cost more than the row). Stops waiting when the batch is full or the writer is closing.
     */
    private void gather(List<StoreEntry> batch) throws InterruptedException {
        long deadline = System.nanoTime() + LINGER.toNanos();
        while (batch.size() < batchSize && running.get()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            StoreEntry next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, batchSize - batch.size());
        }
    }

    private void ensureReady() throws SQLException {
        if (connection == null) {
            if (!migrated) {
                database.migrate();
                migrated = true;
            }
            connection = database.connect();
            connection.setAutoCommit(false);
        }
    }

    private void writeBatch(List<StoreEntry> batch) throws SQLException {
        try {
            StoreTables.write(connection, batch);
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            if (!refusesData(e)) {
                throw e; // the database is away, locked or full: keep the batch and retry
            }
            // the database works but refused this batch: find the entries it refuses, keep the others
            writeOneByOne(batch, e);
        }
    }

    private void writeOneByOne(List<StoreEntry> batch, SQLException cause) throws SQLException {
        for (StoreEntry entry : batch) {
            try {
                StoreTables.write(connection, List.of(entry));
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                if (!refusesData(e)) {
                    throw e;
                }
                rejected.incrementAndGet();
                written.decrementAndGet(); // counted as written by the caller; it is not
                LOG.error("the store refused an entry, which is dropped: {} ({})", e.getMessage(), cause.getMessage());
            }
        }
    }

    private void runDailyWhenDue() {
        Instant now = clock.instant();
        if (nextDaily == null || !now.isBefore(nextDaily)) {
            nextDaily = now.plus(Duration.ofDays(1));
            daily.run();
        }
    }

    private void failed(Exception e) {
        failures.incrementAndGet();
        closeConnection();
        if (!down) {
            down = true;
            incidents.incrementAndGet();
            LOG.warn("the store ({}) is unavailable: {}; answers keep flowing, writes are queued and retried",
                    database.config().describe(), oneLine(e));
        } else {
            LOG.debug("the store is still unavailable: {}", oneLine(e));
        }
    }

    private void recovered() {
        if (down) {
            down = false;
            LOG.info("the store ({}) is back; {} entries waiting", database.config().describe(), queue.size());
        }
        if (dropWarned && queue.remainingCapacity() > 0) {
            dropWarned = false;
        }
    }

    /**
     * Whether the database works but refuses what it was given (a value or a constraint), as opposed to being
     * away, locked, read-only or full, which are worth waiting for.
     */
    private boolean refusesData(SQLException e) {
        if (database.postgres()) {
            String state = e.getSQLState();
            return state != null && (state.startsWith("22") || state.startsWith("23"));
        }
        int primary = e.getErrorCode() & 0xff; // SQLite's extended result codes keep the primary one in the low byte
        return primary == 18 || primary == 19 || primary == 20 || primary == 25; // TOOBIG, CONSTRAINT, MISMATCH, RANGE
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // the connection is broken; it is closed and reopened on the next try
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing to keep
            }
            connection = null;
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            // close() interrupts a writer that cannot reach the store; the loop ends
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Stops taking entries, writes what is queued for up to {@code patience}, then stops. */
    void close(Duration patience) {
        running.set(false);
        try {
            thread.join(patience.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(2_000);
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
