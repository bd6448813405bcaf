package dev.stackbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stackbot.EmbeddedPostgresServer;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.cluster.ProcessReport.Outcome;
import dev.stackbot.store.Database;
import dev.stackbot.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Several processes on one real PostgreSQL, each standing in this JVM as its own coordinator over its own
 * LiveKnowledge (of one shared directory, or of a copy each), with short timings so a test takes seconds.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Cluster on PostgreSQL: one knowledge version across processes")
final class PostgresCoordinatorTest {

    /** A heartbeat every 200 ms (gone after 600 ms), replies after at most 5 s, the listener polling every 100 ms. */
    static final ClusterSettings FAST = new ClusterSettings(Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofMillis(100));

    @TempDir
    static Path serverDir;
    @TempDir
    Path temp;

    private EmbeddedPostgresServer server;
    private StoreConfig config;
    private final List<PostgresCoordinator> started = new ArrayList<>();
    private ListAppender<ILoggingEvent> logs;
    private Logger coordinatorLog;

    @BeforeAll
    void startServer() throws Exception {
        server = EmbeddedPostgresServer.start(serverDir);
    }

    @AfterAll
    void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        config = server.freshDatabase(temp.resolve("data"));
        coordinatorLog = (Logger) LoggerFactory.getLogger(PostgresCoordinator.class);
        logs = new ListAppender<>();
        logs.start();
        coordinatorLog.addAppender(logs);
    }

    @AfterEach
    void stopProcesses() {
        started.forEach(PostgresCoordinator::close);
        started.clear();
        coordinatorLog.detachAppender(logs);
    }

    /** A process named {@code name} serving {@code dir}. */
    private PostgresCoordinator join(String name, Path dir) {
        return join(name, dir, FAST);
    }

    private PostgresCoordinator join(String name, Path dir, ClusterSettings settings) {
        PostgresCoordinator coordinator = PostgresCoordinator.start(Database.of(config), LiveKnowledge.open(dir), name,
                settings, result -> { });
        started.add(coordinator);
        return coordinator;
    }

    /** A copy of the fixture knowledge of its own. */
    private Path copy(String name) throws Exception {
        return Fixtures.copy(Fixtures.FIXTURE, Files.createDirectories(temp.resolve(name)));
    }

    /** A valid change of the directory: a new content hash, the same knowledge. */
    private static void change(Path dir, String note) throws Exception {
        Files.writeString(dir.resolve("entities.yaml"), Files.readString(dir.resolve("entities.yaml")) + "\n# " + note + "\n");
    }

    /** A quote that is no longer in its source: rules.yaml:11 is an error. */
    private static void breakRules(Path dir) {
        Fixtures.edit(dir.resolve("rules.yaml"), "usually faster than Go", "always faster than Go");
    }

    private static String versionOf(Path dir) {
        return LiveKnowledge.open(dir).version();
    }

    private static Map<String, ProcessReport> byName(ClusterReload reload) {
        return reload.processes().stream().collect(Collectors.toMap(ProcessReport::name, Function.identity()));
    }

    private long rows(String sql) throws Exception {
        try (Connection c = Database.of(config).connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    @DisplayName("a /reload on one process reaches both, which then serve the same new version")
    void reloadReachesEveryProcess() throws Exception {
        // given two processes serving one directory
        Path dir = copy("shared");
        PostgresCoordinator a = join("shards 0-1", dir);
        PostgresCoordinator b = join("shards 2-3", dir);
        String old = versionOf(dir);
        assertThat(a.agreement().agreed()).isTrue();
        assertThat(b.agreement().agreed()).isTrue();

        // when the directory changes and /reload runs on the first
        change(dir, "a new version");
        ClusterReload reload = a.reload();

        // then both loaded it and serve the same version, and the reply did not wait for a timeout
        String next = versionOf(dir);
        assertThat(next).isNotEqualTo(old);
        assertThat(reload.clustered()).isTrue();
        assertThat(reload.requested()).isEqualTo(next);
        assertThat(reload.everywhere()).isTrue();
        assertThat(reload.processes()).extracting(ProcessReport::name).containsExactly("shards 0-1", "shards 2-3");
        assertThat(reload.processes()).extracting(ProcessReport::outcome).containsExactly(Outcome.RELOADED, Outcome.RELOADED);
        assertThat(reload.processes()).extracting(ProcessReport::version).containsOnly(next);
        assertThat(reload.processes().get(0).thisProcess()).isTrue();
        assertThat(reload.waited()).isLessThan(FAST.replyWait());
        assertThat(b.agreement().agreed()).isTrue();
        assertThat(b.agreement().version()).isEqualTo(next);
        assertThat(rows("SELECT count(*) FROM cluster_reload_reports")).isEqualTo(2);
    }

    @Test
    @DisplayName("broken knowledge is refused where /reload ran: no process is asked, both keep the old version")
    void brokenKnowledgeChangesNothing() throws Exception {
        // given two processes on one directory, which then breaks
        Path dir = copy("shared");
        PostgresCoordinator a = join("shards 0-1", dir);
        PostgresCoordinator b = join("shards 2-3", dir);
        String old = versionOf(dir);
        long reloadsBefore = rows("SELECT count(*) FROM cluster_reloads");
        breakRules(dir);

        // when /reload runs
        ClusterReload reload = a.reload();

        // then it says why, nobody was asked, and both still serve the old version
        assertThat(reload.sent()).isFalse();
        assertThat(reload.here().errors()).singleElement().satisfies(e -> assertThat(e).startsWith("rules.yaml:11:"));
        assertThat(reload.processes()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(p.version()).isEqualTo(old);
        });
        assertThat(rows("SELECT count(*) FROM cluster_reloads")).isEqualTo(reloadsBefore);
        assertThat(a.agreement().version()).isEqualTo(old);
        assertThat(b.agreement().version()).isEqualTo(old);
        assertThat(a.agreement().agreed()).isTrue();
        assertThat(b.agreement().agreed()).isTrue();
    }

    @Test
    @DisplayName("a process whose own directory is broken keeps its old snapshot and reports the errors")
    void brokenOnOneProcess() throws Exception {
        // given two processes with a directory each: the first's changes validly, the second's breaks
        Path first = copy("first");
        Path second = copy("second");
        PostgresCoordinator a = join("shards 0-1", first);
        PostgresCoordinator b = join("shards 2-3", second);
        String old = versionOf(first);
        change(first, "new");
        breakRules(second);

        // when /reload runs on the first
        ClusterReload reload = a.reload();

        // then the first serves the new version, the second the old one, and the reply says why
        Map<String, ProcessReport> processes = byName(reload);
        assertThat(processes.get("shards 0-1").outcome()).isEqualTo(Outcome.RELOADED);
        ProcessReport broken = processes.get("shards 2-3");
        assertThat(broken.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(broken.version()).isEqualTo(old);
        assertThat(broken.detail()).startsWith("1 error: rules.yaml:11:");
        assertThat(reload.everywhere()).isFalse();
        assertThat(reload.current()).isEqualTo(1);
        // and the second knows it disagrees: readiness fails until it is fixed
        assertThat(b.agreement().agreed()).isFalse();
        assertThat(b.agreement().version()).isEqualTo(old);
        assertThat(b.agreement().cluster()).isEqualTo(versionOf(first));
    }

    @Test
    @DisplayName("a process whose directory holds another valid version reports it and keeps its old snapshot")
    void otherVersionKeepsOld() throws Exception {
        // given two processes whose directories then change in different ways
        Path first = copy("first");
        Path second = copy("second");
        PostgresCoordinator a = join("shards 0-1", first);
        PostgresCoordinator b = join("shards 2-3", second);
        String old = versionOf(first);
        change(first, "the version everyone should serve");
        change(second, "an edit made on one host only");
        String asked = versionOf(first);
        String elsewhere = versionOf(second);

        // when /reload runs on the first
        ClusterReload reload = a.reload();

        // then the second serves neither its directory's version nor the asked one, but its old one, and says so
        ProcessReport other = byName(reload).get("shards 2-3");
        assertThat(other.outcome()).isEqualTo(Outcome.OTHER_VERSION);
        assertThat(other.version()).isEqualTo(old);
        assertThat(other.detail()).isEqualTo("its knowledge directory holds version " + elsewhere + ", not " + asked
                + "; it keeps serving " + old);
        assertThat(b.agreement().version()).isEqualTo(old);
        assertThat(b.agreement().agreed()).isFalse();
    }

    @Test
    @DisplayName("a process that starts after a reload serves the current version; one with an old copy says it differs")
    void lateStart() throws Exception {
        // given a process that reloaded to a new version
        Path dir = copy("shared");
        Path stale = copy("stale");
        PostgresCoordinator a = join("shards 0-1", dir);
        String old = versionOf(dir);
        change(dir, "after the first start");
        assertThat(a.reload().everywhere()).isTrue();
        String current = versionOf(dir);

        // when a process starts later on the same directory
        PostgresCoordinator late = join("shards 2-3", dir);
        // then it loaded the current version and agrees, before it has answered anyone
        assertThat(late.agreement().agreed()).isTrue();
        assertThat(late.agreement().version()).isEqualTo(current);

        // when another starts on a copy that still holds the old version
        PostgresCoordinator behind = join("shards 4-5", stale);
        // then it is not ready, and a warning names both versions and what to do
        Agreement agreement = behind.agreement();
        assertThat(agreement.agreed()).isFalse();
        assertThat(agreement.version()).isEqualTo(old);
        assertThat(agreement.cluster()).isEqualTo(current);
        assertThat(agreement.detail()).contains("(shards 4-5) serves knowledge version " + old).contains("the cluster's is " + current)
                .contains("reloaded by shards 0-1").contains("/reload");
        assertThat(logs.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage()).contains(agreement.detail());
        });
        // and the next reload lists it as keeping its version
        ClusterReload reload = late.reload();
        assertThat(byName(reload).get("shards 4-5").outcome()).isEqualTo(Outcome.OTHER_VERSION);
    }

    @Test
    @DisplayName("when no other process is alive, a starting process's version becomes the cluster's (a full redeploy)")
    void aloneDefinesTheVersion() throws Exception {
        // given a cluster whose only process stopped
        Path dir = copy("shared");
        PostgresCoordinator first = join("shards 0-1", dir);
        first.close();
        // when the knowledge changes while nothing runs, and a process starts with it
        change(dir, "deployed while stopped");
        PostgresCoordinator next = join("shards 0-1", dir);
        // then it is ready: nobody else serves anything to differ from
        assertThat(next.agreement().agreed()).isTrue();
        assertThat(next.agreement().cluster()).isEqualTo(versionOf(dir));
        assertThat(rows("SELECT count(*) FROM cluster_processes")).isEqualTo(1);
    }

    @Test
    @DisplayName("a process that stopped without leaving is listed as unreachable and not waited for")
    void staleProcessIsNotWaitedFor() throws Exception {
        // given two processes, the second killed (its heartbeat stops, its row stays)
        Path dir = copy("shared");
        PostgresCoordinator a = join("shards 0-1", dir);
        PostgresCoordinator b = join("shards 2-3", dir);
        b.halt();
        // until the database itself counts its row as gone (three of its heartbeats silent)
        await("the halted process's row is stale", () -> {
            try {
                return rows("SELECT count(*) FROM cluster_processes WHERE name = 'shards 2-3' AND "
                        + ClusterTables.notLive()) == 1;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String old = versionOf(dir);
        change(dir, "new");

        // when /reload runs
        long start = System.nanoTime();
        ClusterReload reload = a.reload();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then it answers at once, listing the dead process as unreachable with what it served
        assertThat(took).isLessThan(FAST.replyWait());
        ProcessReport gone = byName(reload).get("shards 2-3");
        assertThat(gone.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(gone.version()).isEqualTo(old);
        assertThat(gone.detail()).matches("last heard from \\d+ s ago; not waited for");
        assertThat(byName(reload).get("shards 0-1").outcome()).isEqualTo(Outcome.RELOADED);
    }

    /** A heartbeat a minute: a process killed a moment ago still looks alive for three minutes. */
    private static final ClusterSettings SLOW_BEAT = new ClusterSettings(Duration.ofMinutes(1), FAST.replyWait(),
            FAST.listenerPoll());

    @Test
    @DisplayName("a process restarted under its name right after a crash replaces its former self: the next /reload neither waits for nor lists the dead one")
    void quickRestartReplacesItsFormerSelf() throws Exception {
        // given two processes, the second killed (its row stays and still looks alive) and at once restarted
        Path dir = copy("shared");
        PostgresCoordinator a = join("shards 0-1", dir);
        PostgresCoordinator b = join("shards 2-3", dir, SLOW_BEAT);
        b.halt();
        PostgresCoordinator restarted = join("shards 2-3", dir, SLOW_BEAT);
        assertThat(rows("SELECT count(*) FROM cluster_processes WHERE name = 'shards 2-3'")).isEqualTo(1);
        change(dir, "after the restart");

        // when /reload runs
        ClusterReload reload = a.reload();

        // then it lists the two processes, both reloaded, without waiting out the bound for the dead one
        assertThat(reload.processes()).extracting(ProcessReport::name)
                .containsExactlyInAnyOrder("shards 0-1", "shards 2-3");
        assertThat(reload.everywhere()).isTrue();
        assertThat(reload.waited()).isLessThan(FAST.replyWait());
        assertThat(restarted.agreement().version()).isEqualTo(versionOf(dir));
    }

    @Test
    @DisplayName("a lone process crashed and restarted at once with new knowledge defines the cluster's version (it is the only one alive)")
    void quickRestartAloneDefinesTheVersion() throws Exception {
        // given the only process, killed (its row still looks alive), and new knowledge deployed
        Path dir = copy("shared");
        PostgresCoordinator first = join("shards 0-1", dir, SLOW_BEAT);
        first.halt();
        change(dir, "deployed with the restart");
        // when it starts again under its name
        PostgresCoordinator next = join("shards 0-1", dir, SLOW_BEAT);
        // then nobody else is alive to differ from: its version is the cluster's, and it is ready
        assertThat(next.agreement().agreed()).isTrue();
        assertThat(next.agreement().cluster()).isEqualTo(versionOf(dir));
        assertThat(rows("SELECT count(*) FROM cluster_processes")).isEqualTo(1);
    }

    @Test
    @DisplayName("a process alive but silent is waited for only up to the bound, then listed as not reporting")
    void silentProcessIsWaitedForBoundedly() throws Exception {
        // given a process and a row of another whose heartbeat is fresh (a long one) but which never answers
        Path dir = copy("shared");
        ClusterSettings shortWait = new ClusterSettings(FAST.heartbeat(), Duration.ofSeconds(1), FAST.listenerPoll());
        PostgresCoordinator a = join("shards 0-1", dir, shortWait);
        try (Connection c = Database.of(config).connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO cluster_processes (id, name, heartbeat_millis, knowledge_version) VALUES ('mute', 'shards 2-3', 600000, ?)")) {
            s.setString(1, versionOf(dir));
            s.executeUpdate();
        }
        change(dir, "new");

        // when /reload runs
        long start = System.nanoTime();
        ClusterReload reload = a.reload();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then it waited out the bound (a loaded machine may add to it, so the upper end is generous) and says the
        // other did not report
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(15));
        ProcessReport mute = byName(reload).get("shards 2-3");
        assertThat(mute.outcome()).isEqualTo(Outcome.NO_REPORT);
        assertThat(mute.detail()).isEqualTo("no report within 1 s; it may still be loading");
    }

    @Test
    @DisplayName("the NOTIFY listener survives its connection being terminated and still receives the next reload")
    void listenerSurvivesTerminatedBackend() throws Exception {
        // given a second process whose heartbeat is a minute, so only a notification can reach it within the wait
        Path dir = copy("shared");
        PostgresCoordinator a = join("shards 0-1", dir);
        PostgresCoordinator b = join("shards 2-3", dir, new ClusterSettings(Duration.ofMinutes(1), FAST.replyWait(),
                FAST.listenerPoll()));
        await("the listener is connected", () -> b.listener().backendPid() > 0);
        int first = b.listener().backendPid();

        // when its backend is terminated by the server
        try (Connection admin = server.admin(); PreparedStatement s = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            s.setInt(1, first);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getBoolean(1)).isTrue();
            }
        }
        // then it reconnects on a new backend
        await("the listener reconnected", () -> b.listener().connections() >= 2 && b.listener().backendPid() > 0);
        assertThat(b.listener().backendPid()).isNotEqualTo(first);

        // and a reload made now reaches it by notification, well within the wait
        change(dir, "after the reconnect");
        ClusterReload reload = a.reload();
        assertThat(byName(reload).get("shards 2-3").outcome()).isEqualTo(Outcome.RELOADED);
        assertThat(reload.waited()).isLessThan(Duration.ofSeconds(2));
        assertThat(b.agreement().version()).isEqualTo(versionOf(dir));
    }

    @Test
    @DisplayName("a stopped process leaves the registry, so no reload waits for it or lists it")
    void closeLeaves() throws Exception {
        // given two processes, one of which stops cleanly
        Path dir = copy("shared");
        PostgresCoordinator a = join("shards 0-1", dir);
        PostgresCoordinator b = join("shards 2-3", dir);
        assertThat(rows("SELECT count(*) FROM cluster_processes")).isEqualTo(2);
        b.close();
        // then its row is gone, and the next reload lists only the one left
        assertThat(rows("SELECT count(*) FROM cluster_processes")).isEqualTo(1);
        change(dir, "new");
        assertThat(a.reload().processes()).extracting(ProcessReport::name).containsExactly("shards 0-1");
    }
}
