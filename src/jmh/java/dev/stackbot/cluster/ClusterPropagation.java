package dev.stackbot.cluster;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.cluster.ClusterTables.Reload;
import dev.stackbot.store.Database;
import dev.stackbot.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How a reload reaches the other processes: PostgreSQL LISTEN/NOTIFY (the {@link NotificationListener} the bot
 * runs) against polling the reloads table (the query the heartbeat runs) every 100 ms, 1 s and 5 s, side by side
 * on one embedded PostgreSQL. For each: the propagation latency (from the recording transaction's commit to each
 * process noticing, p50/p99/max over every process and reload; the recording itself apart) and the idle cost per process (statements a
 * second, the client thread's CPU, the server backend's CPU from /proc/PID/schedstat), then a whole /reload of the
 * shipped knowledge across two coordinators. Usage: ClusterPropagation [PROCESSES] [NOTIFY_RELOADS]
 */
public final class ClusterPropagation {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration IDLE = Duration.ofSeconds(20);
    /** Reloads sent before the measured ones, so the JIT has compiled the listener's path. */
    private static final int WARMUP = 20;

    private ClusterPropagation() {
    }

    public static void main(String[] args) throws Exception {
        int processes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int notifyReloads = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("stackbot-cluster-bench");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).start()) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres?user=postgres";
            Database database = Database.of(new StoreConfig(dir.resolve("data"), url, "bench-hash-key-0123456789", 90));
            database.migrate();
            System.out.printf(Locale.ROOT, "cluster: %d processes, PostgreSQL %s on loopback%n", processes,
                    serverVersion(database));
            System.out.println("| mechanism | reloads | commit → noticed p50 | p99 | max | recording p50"
                    + " | idle statements/s per process | idle client CPU per process | idle server CPU per process |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            notifyRow(database, processes, notifyReloads);
            for (int millis : new int[] {100, 1_000, 5_000}) {
                pollRow(database, processes, millis, millis >= 5_000 ? 12 : millis >= 1_000 ? 30 : 100);
            }
            wholeReload(database, dir);
        } finally {
            deleteTree(dir);
        }
    }

    // ---- LISTEN/NOTIFY, through the bot's own listener ----

    private static void notifyRow(Database database, int processes, int reloads) throws Exception {
        Map<Long, long[]> received = new ConcurrentHashMap<>();
        List<NotificationListener> listeners = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            int index = p;
            NotificationListener listener = new NotificationListener(database, "bench listener " + p,
                    List.of(ClusterTables.RELOAD_CHANNEL), Duration.ofMillis(500), Duration.ofSeconds(5),
                    (channel, payload) -> received.computeIfAbsent(Long.parseLong(payload), id -> new long[processes])[index]
                            = System.nanoTime(),
                    () -> { });
            listener.start();
            listeners.add(listener);
        }
        for (NotificationListener listener : listeners) {
            while (listener.backendPid() < 0) {
                Thread.sleep(10);
            }
        }
        List<Long> latencies = new ArrayList<>();
        List<Long> recording = new ArrayList<>();
        for (int r = -WARMUP; r < reloads; r++) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(20, 60));
            Recorded recorded = record(database);
            awaitAll(received, recorded.id(), processes);
            if (r >= 0) {
                for (long at : received.get(recorded.id())) {
                    latencies.add(at - recorded.committed());
                }
                recording.add(recorded.committed() - recorded.start());
            }
        }
        Cost cost = idleCost(listeners.stream().map(NotificationListener::backendPid).toList(),
                threadIds("stackbot-cluster-listener"),
                () -> listeners.stream().mapToLong(NotificationListener::statements).sum());
        listeners.forEach(NotificationListener::close);
        row("LISTEN/NOTIFY (listener blocks 500 ms a wait)", reloads, latencies, recording, cost);
    }

    private static void awaitAll(Map<Long, long[]> received, long id, int processes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long[] at = received.get(id);
            if (at != null && Arrays.stream(at).allMatch(t -> t != 0)) {
                return;
            }
            Thread.sleep(0, 100_000);
        }
        throw new IllegalStateException("reload " + id + " did not reach every process within 10 s");
    }

    // ---- polling the table, with the heartbeat's query ----

    private static void pollRow(Database database, int processes, int intervalMillis, int reloads) throws Exception {
        Map<Long, long[]> seen = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong statements = new AtomicLong();
        List<Thread> pollers = new ArrayList<>();
        List<Integer> pids = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int p = 0; p < processes; p++) {
            int index = p;
            Thread poller = new Thread(() -> {
                try (Connection c = database.connect()) {
                    pids.add(backendPid(c));
                    long last = latestId(c);
                    while (running.get()) {
                        Thread.sleep(intervalMillis);
                        Reload latest = ClusterTables.latest(c);
                        statements.incrementAndGet();
                        if (latest != null && latest.id() > last) {
                            long now = System.nanoTime();
                            for (long id = last + 1; id <= latest.id(); id++) {
                                seen.computeIfAbsent(id, k -> new long[processes])[index] = now;
                            }
                            last = latest.id();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-poller");
            poller.setDaemon(true);
            poller.start();
            pollers.add(poller);
        }
        while (pids.size() < processes) {
            Thread.sleep(10);
        }
        List<Long> latencies = new ArrayList<>();
        List<Long> recording = new ArrayList<>();
        for (int r = 0; r < reloads; r++) {
            // a phase uniform over one interval against the pollers' clocks, as a /reload would fall (the last
            // poller to notice the previous reload has just polled)
            Thread.sleep(ThreadLocalRandom.current().nextInt(intervalMillis));
            Recorded recorded = record(database);
            awaitAll(seen, recorded.id(), processes);
            for (long at : seen.get(recorded.id())) {
                latencies.add(at - recorded.committed());
            }
            recording.add(recorded.committed() - recorded.start());
        }
        Cost cost = idleCost(List.copyOf(pids), pollers.stream().map(Thread::threadId).toList(), statements::get);
        running.set(false);
        for (Thread poller : pollers) {
            poller.join(intervalMillis + 2_000L);
        }
        row("polling every " + (intervalMillis < 1_000 ? intervalMillis + " ms" : intervalMillis / 1_000 + " s"), reloads,
                latencies, recording, cost);
    }

    // ---- a whole /reload across two processes ----

    private static void wholeReload(Database database, Path dir) throws Exception {
        Path knowledge = Fixtures.copy(Path.of("knowledge"), dir);
        ClusterSettings settings = ClusterSettings.standard();
        try (PostgresCoordinator a = PostgresCoordinator.start(database, LiveKnowledge.open(knowledge), "a", settings, r -> { });
             PostgresCoordinator b = PostgresCoordinator.start(database, LiveKnowledge.open(knowledge), "b", settings, r -> { })) {
            int n = 20;
            long[] total = new long[n];
            long[] here = new long[n];
            long[] waited = new long[n];
            Path entities = knowledge.resolve("entities.yaml");
            String original = Files.readString(entities);
            for (int i = 0; i < n + 3; i++) {
                Files.writeString(entities, original + "\n# bench " + i + "\n"); // a new version each time
                long start = System.nanoTime();
                ClusterReload reload = a.reload();
                long took = System.nanoTime() - start;
                if (!reload.everywhere()) {
                    throw new IllegalStateException("a bench reload did not reach both: " + reload.processes());
                }
                if (i >= 3) { // the first ones warm the JIT
                    total[i - 3] = took;
                    here[i - 3] = reload.here().took().toNanos();
                    waited[i - 3] = reload.waited().toNanos();
                }
            }
            Arrays.sort(total);
            Arrays.sort(here);
            Arrays.sort(waited);
            System.out.printf(Locale.ROOT, "%nwhole /reload of the shipped knowledge (lexical) on 2 processes, %d runs: "
                            + "p50 %.1f ms (loading here p50 %.1f ms, then waiting for the other p50 %.1f ms), max %.1f ms%n",
                    n, total[n / 2] / 1e6, here[n / 2] / 1e6, waited[n / 2] / 1e6, total[n - 1] / 1e6);
        }
    }

    // ---- measuring ----

    private record Cost(double statementsPerSecond, double clientCpuMsPerSecond, double serverCpuMsPerSecond) {
    }

    /** Over {@link #IDLE} with no reload: statements sent, and the CPU of the client threads and server backends. */
    private static Cost idleCost(List<Integer> backends, List<Long> threads,
                                 java.util.function.LongSupplier statements) throws Exception {
        long clientBefore = cpu(threads);
        long serverBefore = serverCpu(backends);
        long statementsBefore = statements.getAsLong();
        long start = System.nanoTime();
        Thread.sleep(IDLE.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = backends.size();
        return new Cost((statements.getAsLong() - statementsBefore) / seconds / n,
                (cpu(threads) - clientBefore) / 1e6 / seconds / n, (serverCpu(backends) - serverBefore) / 1e6 / seconds / n);
    }

    private static long cpu(List<Long> threads) {
        return threads.stream().mapToLong(THREADS::getThreadCpuTime).filter(t -> t > 0).sum();
    }

    /** Nanoseconds the backends ran on a CPU: the first field of /proc/PID/schedstat. */
    private static long serverCpu(List<Integer> backends) throws IOException {
        long sum = 0;
        for (int pid : backends) {
            String stat = Files.readString(Path.of("/proc/" + pid + "/schedstat")).trim();
            sum += Long.parseLong(stat.split(" ")[0]);
        }
        return sum;
    }

    private static List<Long> threadIds(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                .map(Thread::threadId).toList();
    }

    private static void row(String mechanism, int reloads, List<Long> latencies, List<Long> recording, Cost cost) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] record = recording.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.2f | %.3f ms/s | %.3f ms/s |%n", mechanism,
                reloads, millis(sorted[sorted.length / 2]), millis(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]),
                millis(sorted[sorted.length - 1]), millis(record[record.length / 2]), cost.statementsPerSecond(),
                cost.clientCpuMsPerSecond(), cost.serverCpuMsPerSecond());
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, nanos < 10_000_000 ? "%.2f ms" : "%.0f ms", nanos / 1e6);
    }

    // ---- the database ----

    /** A recorded reload: its id, and when the recording began and when its commit returned. */
    private record Recorded(long id, long start, long committed) {
    }

    /**
     * Records a reload as the bot does (a new connection, one transaction, NOTIFY on commit). The latencies are
     * counted from the commit, when the reload exists for everyone: what it took to get there is the same for
     * every mechanism and reported apart.
     */
    private static Recorded record(Database database) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            long id = ClusterTables.record(c, "reload", "bench", "bench", "v").id();
            c.commit();
            return new Recorded(id, start, System.nanoTime());
        }
    }

    private static long latestId(Connection c) throws SQLException {
        Reload latest = ClusterTables.latest(c);
        return latest == null ? 0 : latest.id();
    }

    private static int backendPid(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_backend_pid()"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String serverVersion(Database database) throws SQLException {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("SHOW server_version");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
