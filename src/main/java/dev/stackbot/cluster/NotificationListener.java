package dev.stackbot.cluster;

import dev.stackbot.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL LISTEN on one dedicated connection and thread. A notification only wakes the process: the tables are
 * the record, so after every (re)connection {@code onListening} runs and the process looks there for whatever it
 * missed while it was not listening. A dropped connection (server restart, {@code pg_terminate_backend}, network)
 * is reconnected with backoff; a connection that looks open but is dead is found by a probe query when the channel
 * has been quiet for {@code probeEvery}.
 */
final class NotificationListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Database database;
    private final String applicationName;
    private final List<String> channels;
    private final Duration poll;
    private final Duration probeEvery;
    private final BiConsumer<String, String> onNotification;
    private final Runnable onListening;
    private final Thread thread;
    private volatile boolean closed;
    private volatile int backendPid = -1;
    private volatile long connections;
    private final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param applicationName how the connection shows in pg_stat_activity
     * @param onNotification  given channel and payload, on the listener thread: must return at once
     * @param onListening     after each successful LISTEN, on the listener thread: must return at once
     */
    NotificationListener(Database database, String applicationName, List<String> channels, Duration poll,
                         Duration probeEvery, BiConsumer<String, String> onNotification, Runnable onListening) {
        this.database = database;
        this.applicationName = applicationName;
        this.channels = List.copyOf(channels);
        this.poll = poll;
        this.probeEvery = probeEvery;
        this.onNotification = onNotification;
        this.onListening = onListening;
        this.thread = new Thread(this::run, "stackbot-cluster-listener");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The server process of the listening connection, or -1 while not connected (tests terminate it). */
    int backendPid() {
        return backendPid;
    }

    /** Statements sent since start: the LISTENs of each connection and the probes of a quiet one. */
    long statements() {
        return statements.get();
    }

    /** How many times a connection was opened and listened on since start. */
    long connections() {
        return connections;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        boolean down = false;
        while (!closed) {
            try (Connection connection = database.connect()) {
                listen(connection);
                if (down) {
                    LOG.info("cluster: listening for reloads again");
                    down = false;
                }
                backoff = Duration.ofMillis(200);
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                backendPid = -1;
                if (closed) {
                    return;
                }
                if (!down) {
                    // one warning per incident; the heartbeat still finds a missed reload meanwhile
                    LOG.warn("cluster: the notification connection failed ({}); reconnecting, and meanwhile the "
                            + "heartbeat looks for reloads", oneLine(e));
                    down = true;
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement name = connection.prepareStatement("SELECT set_config('application_name', ?, false), "
                + "pg_backend_pid()")) {
            name.setString(1, applicationName);
            try (var r = name.executeQuery()) {
                r.next();
                backendPid = r.getInt(2);
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String channel : channels) {
                s.execute("LISTEN " + channel);
            }
            statements.addAndGet(1 + channels.size());
        }
        connections++;
        onListening.run();
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (!closed) {
            // blocks on the socket up to poll, sending nothing: an idle listener costs the server nothing
            PGNotification[] notifications = pg.getNotifications((int) poll.toMillis());
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    onNotification.accept(notification.getName(), notification.getParameter());
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > probeEvery.toNanos()) {
                try (Statement probe = connection.createStatement()) {
                    probe.execute("SELECT 1");
                }
                statements.incrementAndGet();
                quietSince = System.nanoTime();
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Stops listening: returns within about one poll. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(poll.toMillis() + 2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
