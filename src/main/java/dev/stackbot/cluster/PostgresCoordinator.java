package dev.stackbot.cluster;

import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.cluster.ClusterTables.Member;
import dev.stackbot.cluster.ClusterTables.Reload;
import dev.stackbot.cluster.ProcessReport.Outcome;
import dev.stackbot.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several processes serving one bot through one PostgreSQL agree on the knowledge version.
 *
 * <p>The tables are the record: every process registers with a heartbeat ({@code cluster_processes}), every
 * reload is a row ({@code cluster_reloads}, the newest is the cluster's current version) and every process's
 * answer to it is a row ({@code cluster_reload_reports}). PostgreSQL LISTEN/NOTIFY only wakes the processes
 * (docs/PERFORMANCE.md: a few milliseconds, where polling costs its interval); the heartbeat also looks for a
 * reload it has not handled, so a lost notification delays a reload by one heartbeat at worst.
 *
 * <p>A process whose knowledge differs from the cluster's (it started with another directory, or could not
 * load a reload) keeps answering with the valid knowledge it has: refusing would leave every server of its shards
 * without answers ("The application did not respond"), which is worse than answering from another valid version,
 * whose footer names it. It is not silent about it: a warning names both versions and what to do, readiness fails
 * until they agree, and the next /reload lists it.
 */
public final class PostgresCoordinator implements KnowledgeCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresCoordinator.class);

    private final Database database;
    private final LiveKnowledge live;
    private final String name;
    private final String id = UUID.randomUUID().toString();
    private final ClusterSettings settings;
    private final Consumer<ReloadResult> reloads;
    private final ScheduledExecutorService heartbeat;
    /** Loads the reloads other processes asked for, one at a time, off the listener's thread. */
    private final ExecutorService reloader;
    private final AtomicBoolean reloadPending = new AtomicBoolean();
    private final NotificationListener listener;
    private final Incident outage = new Incident();
    /** Wakes the process waiting for reports; counts every report notification. */
    private final Object reportArrived = new Object();
    private long reportSignals;
    /** Run after this process swapped its knowledge for another's /reload (or one it missed). */
    private final List<Runnable> reloadedByAnother = new CopyOnWriteArrayList<>();
    /**
     * While a reload another process asked for is being loaded here: the heartbeat then leaves readiness alone,
     * which would otherwise report, for the load's duration, a disagreement that is already being resolved.
     */
    private volatile boolean applying;
    /** The newest reload this process handled (or made); guarded by {@code this}. */
    private long handled;
    private volatile boolean registered;
    private volatile Agreement agreement;
    private volatile boolean closed;
    private final AtomicBoolean closing = new AtomicBoolean();

    private PostgresCoordinator(Database database, LiveKnowledge live, String name, ClusterSettings settings,
                                Consumer<ReloadResult> reloads) {
        this.database = database;
        this.live = live;
        this.name = name;
        this.settings = settings;
        this.reloads = reloads;
        this.agreement = new Agreement(false, live.version(), null, "not registered in PostgreSQL yet");
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("stackbot-cluster-heartbeat"));
        this.reloader = Executors.newSingleThreadExecutor(daemon("stackbot-cluster-reload"));
        this.listener = new NotificationListener(database, "stackbot " + name,
                List.of(ClusterTables.RELOAD_CHANNEL, ClusterTables.REPORT_CHANNEL), settings.listenerPoll(),
                settings.heartbeat(), this::notified, this::listening);
    }

    /**
     * Joins the cluster: creates the tables when missing, registers this process and compares the version it
     * loaded with the cluster's, before the bot answers anyone. A database that cannot be reached delays nothing:
     * the heartbeat keeps trying, and readiness says so meanwhile.
     *
     * @param name    what /reload's reply calls this process ("shards 0-1")
     * @param reloads told of every reload of this process's knowledge, asked here or by another process
     */
    public static PostgresCoordinator start(Database database, LiveKnowledge live, String name, ClusterSettings settings,
                                            Consumer<ReloadResult> reloads) {
        PostgresCoordinator coordinator = new PostgresCoordinator(database, live, name, settings, reloads);
        coordinator.register();
        coordinator.listener.start();
        long every = settings.heartbeat().toMillis();
        coordinator.heartbeat.scheduleWithFixedDelay(coordinator::beat, every, every, TimeUnit.MILLISECONDS);
        return coordinator;
    }

    /** This process's id in the cluster tables. */
    String id() {
        return id;
    }

    NotificationListener listener() {
        return listener;
    }

    @Override
    public Agreement agreement() {
        return agreement;
    }

    // ---- joining, heartbeat, agreement ----

    /**
     * Registers this process. When no other process is alive, its version becomes the cluster's: after a full
     * redeploy with new knowledge every process starts with it, and none should wait for a /reload to be ready.
     */
    private void register() {
        try {
            database.migrate();
            Reload latest;
            try (Connection c = database.connect()) {
                c.setAutoCommit(false);
                ClusterTables.lockRegistration(c);
                ClusterTables.forgetGone(c, id, name);
                boolean othersAlive = ClusterTables.members(c).stream().anyMatch(m -> m.live() && !m.id().equals(id));
                ClusterTables.beat(c, id, name, settings.heartbeat().toMillis(), live.version());
                latest = ClusterTables.latest(c);
                if (!othersAlive && (latest == null || !latest.version().equals(live.version()))) {
                    latest = ClusterTables.record(c, "start", id, name, live.version());
                }
                c.commit();
            }
            synchronized (this) {
                // what was asked before this process loaded its knowledge is not for it to handle
                handled = Math.max(handled, latest == null ? 0 : latest.id());
            }
            registered = true;
            outage.ok();
            if (latest != null && "reload".equals(latest.kind())) {
                // a reload recorded since this process loaded its knowledge (it registers late when PostgreSQL
                // was unreachable at start) is loaded now if its directory holds that version; and a /reload
                // may be waiting right now for every process it found alive, this one included
                ProcessReport report = latest.version().equals(live.version())
                        ? new ProcessReport(name, false, Outcome.ALREADY_CURRENT, live.version(), "")
                        : applyAnother(latest);
                agree(latest);
                report(latest, report);
            } else {
                agree(latest);
            }
            if (agreement.agreed()) {
                LOG.info("cluster: {} joined with knowledge version {}, the cluster's", name, live.version());
            }
        } catch (SQLException | RuntimeException e) {
            outage.failed("registering this process", e);
            agreement = new Agreement(false, live.version(), null,
                    "cannot reach PostgreSQL to learn the cluster's knowledge version: " + oneLine(e));
        }
    }

    private void beat() {
        if (closed) {
            return;
        }
        if (!registered) {
            register();
            return;
        }
        try (Connection c = database.connect()) {
            ClusterTables.beat(c, id, name, settings.heartbeat().toMillis(), live.version());
            Reload latest = ClusterTables.latest(c);
            outage.ok();
            if (latest != null && latest.id() > handledId()) {
                // missed while not listening: handle it now
                scheduleHandling();
            } else if (!applying) {
                agree(latest);
            }
        } catch (SQLException | RuntimeException e) {
            outage.failed("the heartbeat", e);
        }
    }

    private synchronized long handledId() {
        return handled;
    }

    /** Compares the version served here with the cluster's, and says so when that changes. */
    private synchronized void agree(Reload latest) {
        String mine = live.version();
        Agreement next;
        if (latest == null || latest.version().equals(mine)) {
            next = new Agreement(true, mine, latest == null ? mine : latest.version(),
                    "serves the cluster's knowledge version " + mine);
        } else {
            next = new Agreement(false, mine, latest.version(), "this process (" + name + ") serves knowledge version " + mine
                    + " but the cluster's is " + latest.version() + " (" + describe(latest)
                    + "): its answers differ from the other processes' until its knowledge directory holds "
                    + latest.version() + " and a /reload runs, or it restarts with it");
        }
        Agreement before = agreement;
        agreement = next;
        if (!next.agreed() && (before.agreed() || !next.detail().equals(before.detail()))) {
            LOG.warn("cluster: {}", next.detail());
        } else if (next.agreed() && !before.agreed() && before.cluster() != null) {
            LOG.info("cluster: {} now serves the cluster's knowledge version {}", name, mine);
        }
    }

    private static String describe(Reload reload) {
        return ("start".equals(reload.kind()) ? "the version of " + reload.requestedByName() + " when it started alone"
                : "reloaded by " + reload.requestedByName()) + " at " + reload.requestedAt();
    }

    // ---- another process's reload ----

    private void notified(String channel, String payload) {
        if (ClusterTables.RELOAD_CHANNEL.equals(channel)) {
            scheduleHandling();
        } else {
            signalReports();
        }
    }

    /** After (re)connecting: whatever was recorded while this process was not listening, and any report. */
    private void listening() {
        scheduleHandling();
        signalReports();
    }

    private void scheduleHandling() {
        if (!closed && reloadPending.compareAndSet(false, true)) {
            try {
                reloader.execute(() -> {
                    reloadPending.set(false);
                    handleLatest();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                reloadPending.set(false); // closing
            }
        }
    }

    /** Handles the newest reload if this process has not: only the newest matters, older ones are superseded. */
    private void handleLatest() {
        Reload latest;
        try (Connection c = database.connect()) {
            latest = ClusterTables.latest(c);
        } catch (SQLException | RuntimeException e) {
            outage.failed("reading the newest reload", e);
            return;
        }
        synchronized (this) {
            if (!registered || latest == null || latest.id() <= handled) {
                return;
            }
            handled = latest.id();
        }
        if (latest.requestedBy().equals(id) && latest.version().equals(live.version())) {
            agree(latest);
            return;
        }
        // another's reload; or this process's own whose commit failed on the way back, so that it told the
        // admin nothing was reloaded, while the others were told and swapped: it catches up like them
        ProcessReport report = applyAnother(latest);
        LOG.info("cluster: {} handled reload {} by {} to version {}: {}{}", name, latest.id(), latest.requestedByName(),
                latest.version(), report.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                report.detail().isEmpty() ? "" : " (" + report.detail() + ")");
        // readiness first, then the report: whoever reads the report finds this process's state already updated
        agree(latest);
        report(latest, report);
    }

    private void report(Reload reload, ProcessReport report) {
        try (Connection c = database.connect()) {
            ClusterTables.report(c, reload.id(), id, report);
            ClusterTables.beat(c, id, name, settings.heartbeat().toMillis(), live.version());
            outage.ok();
        } catch (SQLException | RuntimeException e) {
            outage.failed("reporting on reload " + reload.id(), e);
        }
    }

    /** {@link #apply} with readiness left alone meanwhile, then the bot told when the knowledge was swapped. */
    private ProcessReport applyAnother(Reload reload) {
        applying = true;
        ProcessReport report;
        try {
            report = apply(reload);
        } finally {
            applying = false;
        }
        if (report.outcome() == Outcome.RELOADED) {
            for (Runnable action : reloadedByAnother) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.error("cluster: an action after reload {} failed", reload.id(), e);
                }
            }
        }
        return report;
    }

    @Override
    public void whenReloadedByAnother(Runnable action) {
        reloadedByAnother.add(action);
    }

    /** Loads this process's directory and serves it only if it holds the requested version. */
    private ProcessReport apply(Reload reload) {
        String before = live.version();
        if (before.equals(reload.version())) {
            return new ProcessReport(name, false, Outcome.ALREADY_CURRENT, before, "");
        }
        AtomicReference<String> loaded = new AtomicReference<>();
        ReloadResult result = live.reload(candidate -> {
            loaded.set(candidate.version());
            return candidate.version().equals(reload.version()) ? Optional.empty()
                    : Optional.of("its knowledge directory holds version " + candidate.version() + ", not "
                    + reload.version() + "; it keeps serving " + before);
        });
        reloads.accept(result);
        if (result.swapped()) {
            return new ProcessReport(name, false, Outcome.RELOADED, result.afterVersion(), "");
        }
        if (loaded.get() != null) {
            return new ProcessReport(name, false, Outcome.OTHER_VERSION, before, result.errors().get(0));
        }
        return new ProcessReport(name, false, Outcome.FAILED, before, errors(result.errors()));
    }

    private static String errors(List<String> errors) {
        StringBuilder text = new StringBuilder(errors.size() + (errors.size() == 1 ? " error: " : " errors: "));
        for (int i = 0; i < errors.size(); i++) {
            if (text.length() + errors.get(i).length() > ClusterTables.DETAIL - 40) {
                text.append("… and ").append(errors.size() - i).append(" more");
                break;
            }
            text.append(i == 0 ? "" : "; ").append(errors.get(i));
        }
        return text.toString();
    }

    // ---- /reload on this process ----

    @Override
    public ClusterReload reload() {
        long start = System.nanoTime();
        String before = live.version();
        Connection lock = null;
        try {
            lock = database.connect();
            if (!ClusterTables.tryLockReloads(lock)) {
                return notSent(before, start, "another process is reloading right now; try again in a moment");
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(lock);
            outage.failed("/reload", e);
            return notSent(before, start, "cannot reach PostgreSQL to tell the other processes (" + oneLine(e)
                    + "); nothing was reloaded");
        }
        try {
            return reloadLocked(before, start);
        } finally {
            try {
                ClusterTables.unlockReloads(lock);
            } catch (SQLException | RuntimeException e) {
                // closing the session below releases the lock as well
            }
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing left to do with it
            }
        }
    }

    private ClusterReload reloadLocked(String before, long start) {
        AtomicReference<Reload> recorded = new AtomicReference<>();
        // validated here first: only a version that loads is ever asked of the others, and it is served here only
        // once they have been told
        ReloadResult here = live.reload(candidate -> {
            try (Connection c = database.connect()) {
                c.setAutoCommit(false);
                Reload reload = ClusterTables.record(c, "reload", id, name, candidate.version());
                c.commit(); // the NOTIFY goes out with the commit
                synchronized (this) {
                    handled = Math.max(handled, reload.id());
                }
                recorded.set(reload);
                return Optional.empty();
            } catch (SQLException e) {
                return Optional.of("cannot record the reload in PostgreSQL, so the other processes could not be told ("
                        + oneLine(e) + "); nothing was reloaded");
            }
        });
        reloads.accept(here);
        Reload reload = recorded.get();
        if (reload == null) {
            return new ClusterReload(here, true, null, List.of(new ProcessReport(name, true, Outcome.FAILED, before,
                    errors(here.errors()))), elapsed(start));
        }
        ProcessReport mine = new ProcessReport(name, true, Outcome.RELOADED, live.version(), "");
        long waitStart = System.nanoTime();
        List<ProcessReport> processes = new ArrayList<>();
        processes.add(mine);
        try (Connection c = database.connect()) {
            ClusterTables.report(c, reload.id(), id, mine);
            ClusterTables.beat(c, id, name, settings.heartbeat().toMillis(), live.version());
            List<Member> members = ClusterTables.members(c);
            processes.addAll(awaitReports(c, reload, members));
            outage.ok();
        } catch (SQLException | RuntimeException e) {
            outage.failed("waiting for the reports", e);
            processes.add(new ProcessReport("the other processes", false, Outcome.NO_REPORT, "?",
                    "PostgreSQL became unreachable while waiting for their reports (" + oneLine(e) + ")"));
        }
        agree(reload);
        LOG.info("cluster: reload {} to version {}: {} of {} process(es) serve it", reload.id(), reload.version(),
                processes.stream().filter(p -> p.outcome().current()).count(), processes.size());
        return new ClusterReload(here, true, reload.version(), processes, elapsed(waitStart));
    }

    /**
     * Waits, up to the reply wait, for a report from every other process alive when the reload was recorded; the
     * others are listed as unreachable at once. A report notification wakes the wait early; it also re-reads the
     * table every 250 ms, so a lost notification costs no more than that.
     */
    private List<ProcessReport> awaitReports(Connection c, Reload reload, List<Member> members) throws SQLException {
        Set<String> waitFor = new HashSet<>();
        for (Member member : members) {
            if (member.live() && !member.id().equals(id)) {
                waitFor.add(member.id());
            }
        }
        long deadline = System.nanoTime() + settings.replyWait().toNanos();
        Map<String, ProcessReport> reports;
        while (true) {
            long signals = reportSignals();
            reports = ClusterTables.reports(c, reload.id());
            // interrupted (the process is stopping): list who has reported so far rather than spin on the table
            if (reports.keySet().containsAll(waitFor) || System.nanoTime() >= deadline
                    || Thread.currentThread().isInterrupted()) {
                break;
            }
            awaitReportSignal(signals, Math.min(250, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
        List<ProcessReport> others = new ArrayList<>();
        for (Member member : members) {
            if (member.id().equals(id)) {
                continue;
            }
            ProcessReport report = reports.get(member.id());
            if (report != null) {
                others.add(report);
            } else if (member.live()) {
                others.add(new ProcessReport(member.name(), false, Outcome.NO_REPORT, member.version(),
                        "no report within " + settings.replyWait().toSeconds() + " s; it may still be loading"));
            } else {
                others.add(new ProcessReport(member.name(), false, Outcome.UNREACHABLE, member.version(),
                        "last heard from " + ago(member.silentSeconds()) + "; not waited for"));
            }
        }
        // a process that registered after the reload was recorded and reported anyway
        Set<String> listed = new HashSet<>();
        members.forEach(m -> listed.add(m.id()));
        reports.forEach((processId, report) -> {
            if (!listed.contains(processId) && !processId.equals(id)) {
                others.add(report);
            }
        });
        return others;
    }

    private long reportSignals() {
        synchronized (reportArrived) {
            return reportSignals;
        }
    }

    private void signalReports() {
        synchronized (reportArrived) {
            reportSignals++;
            reportArrived.notifyAll();
        }
    }

    private void awaitReportSignal(long seen, long millis) {
        synchronized (reportArrived) {
            long until = System.nanoTime() + millis * 1_000_000;
            while (reportSignals == seen) {
                long left = (until - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    reportArrived.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private ClusterReload notSent(String before, long start, String why) {
        ReloadResult refused = new ReloadResult(false, List.of(why), live.current().stats(), live.current().stats(),
                before, before, elapsed(start));
        return new ClusterReload(refused, true, null, List.of(new ProcessReport(name, true, Outcome.FAILED, before, why)),
                Duration.ZERO);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static String ago(double seconds) {
        long s = Math.round(seconds);
        if (s < 120) {
            return s + " s ago";
        }
        return s < 7_200 ? (s / 60) + " min ago" : (s / 3_600) + " h ago";
    }

    private static String oneLine(Throwable e) {
        return NotificationListener.oneLine(e);
    }

    // ---- stopping ----

    /** Stops every thread and removes this process's row, so that no /reload waits for it. */
    @Override
    public void close() {
        // the shutdown hook and serve's main thread may both close on SIGTERM: only the first leaves
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        halt();
        try (Connection c = database.connect()) {
            ClusterTables.leave(c, id);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cluster: could not remove {} from cluster_processes ({}); it is listed as unreachable for an "
                    + "hour", name, oneLine(e));
        }
    }

    /** Stops every thread but leaves the row, as a process killed without stopping would (tests). */
    void halt() {
        closed = true;
        listener.close();
        heartbeat.shutdownNow();
        reloader.shutdown();
        try {
            if (!reloader.awaitTermination(5, TimeUnit.SECONDS)) {
                reloader.shutdownNow();
            }
        } catch (InterruptedException e) {
            reloader.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String threadName) {
        return r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        };
    }

    /** One warning when the database starts failing, one line when it is back. */
    private static final class Incident {
        private boolean down;

        synchronized void failed(String what, Exception e) {
            if (!down) {
                down = true;
                LOG.warn("cluster: PostgreSQL failed during {} ({}); retrying with every heartbeat", what, oneLine(e));
            }
        }

        synchronized void ok() {
            if (down) {
                down = false;
                LOG.info("cluster: PostgreSQL reachable again");
            }
        }
    }
}
