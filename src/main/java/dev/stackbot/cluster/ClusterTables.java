package dev.stackbot.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the cluster tables (db/postgresql/V2__cluster.sql). Every time is the database's clock
 * ({@code clock_timestamp()}), so processes on hosts whose clocks differ still agree on who is alive.
 */
final class ClusterTables {

    /** Channel of "a reload was recorded"; the payload is its id. The table is the record, this only wakes. */
    static final String RELOAD_CHANNEL = "stackbot_reload";
    /** Channel of "a process reported on a reload"; the payload is the reload's id. */
    static final String REPORT_CHANNEL = "stackbot_reload_report";
    /** Held for the length of one /reload, so two reloads never interleave across processes. */
    static final long RELOAD_LOCK = 0x537461636b52L; // "StackR"
    /** Held while a process registers, so two processes starting alone do not both define the version. */
    static final long REGISTER_LOCK = 0x537461636b50L; // "StackP"
    /** A process not heard from for this long is forgotten (listed as unreachable until then). */
    static final String FORGET_AFTER = "1 hour";
    /** Reloads kept, with their reports: the newest is all that matters, the rest is for reading. */
    static final int RELOADS_KEPT = 100;
    /** A report's detail is at most this long: the errors of a broken directory can be many. */
    static final int DETAIL = 2_000;

    /** When a reload was recorded, as a reply or a log line shows it. */
    private static final String REQUESTED_AT = "to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC'";

    /** A recorded reload: the cluster's current version is the newest one's. */
    record Reload(long id, String kind, String requestedBy, String requestedByName, String version, String requestedAt) {
    }

    /** A registered process, with how long ago it was heard from and whether that is within three heartbeats. */
    record Member(String id, String name, String version, double silentSeconds, boolean live) {
    }

    private ClusterTables() {
    }

    /** Registers this process, or renews its heartbeat and the version it serves. */
    static void beat(Connection c, String id, String name, long heartbeatMillis, String version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO cluster_processes (id, name, heartbeat_millis, knowledge_version) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET heartbeat_at = clock_timestamp(), name = EXCLUDED.name,
                    heartbeat_millis = EXCLUDED.heartbeat_millis, knowledge_version = EXCLUDED.knowledge_version""")) {
            s.setString(1, id);
            s.setString(2, name);
            s.setLong(3, heartbeatMillis);
            s.setString(4, version);
            s.executeUpdate();
        }
    }

    static void leave(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM cluster_processes WHERE id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    /**
     * Forgets processes gone for an hour, and any other process of this one's name: a process restarted under the
     * same name (its shard range) replaces its former self rather than being listed beside it as unreachable.
     * Also when that one still looks alive: after a crash and a quick restart (a supervisor restarts within a
     * second) its row is fresh for up to three heartbeats, and kept it would count as another live process: the
     * next /reload would wait its 20 s for a report that never comes, and a lone process restarted with new
     * knowledge would not define the cluster's version and stay not ready. Two live processes of one name are
     * running the same shards, which is a mistake in their settings; each still renews its own row with its
     * next heartbeat.
     */
    static void forgetGone(Connection c, String id, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM cluster_processes
                WHERE heartbeat_at < clock_timestamp() - interval '%s'
                   OR (name = ? AND id <> ?)""".formatted(FORGET_AFTER))) {
            s.setString(1, name);
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    /** Every registered process, by name. */
    static List<Member> members(Connection c) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, name, knowledge_version, EXTRACT(EPOCH FROM clock_timestamp() - heartbeat_at), NOT (%s)
                FROM cluster_processes ORDER BY name, id""".formatted(notLive()));
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                members.add(new Member(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4), r.getBoolean(5)));
            }
        }
        return members;
    }

    /** True for a row whose heartbeat is older than three of its own intervals. */
    static String notLive() {
        return "heartbeat_at < clock_timestamp() - heartbeat_millis * " + ClusterSettings.STALE_AFTER
                + " * interval '1 millisecond'";
    }

    /** The newest reload, or null when none was ever recorded. */
    static Reload latest(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, kind, requested_by, requested_by_name, knowledge_version, %s
                FROM cluster_reloads ORDER BY id DESC LIMIT 1""".formatted(REQUESTED_AT));
             ResultSet r = s.executeQuery()) {
            return r.next() ? new Reload(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6)) : null;
        }
    }

    /** Records a reload and wakes every listening process when the transaction commits. */
    static Reload record(Connection c, String kind, String id, String name, String version) throws SQLException {
        Reload recorded;
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO cluster_reloads (kind, requested_by, requested_by_name, knowledge_version)
                VALUES (?, ?, ?, ?) RETURNING id, %s""".formatted(REQUESTED_AT))) {
            s.setString(1, kind);
            s.setString(2, id);
            s.setString(3, name);
            s.setString(4, version);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                recorded = new Reload(r.getLong(1), kind, id, name, version, r.getString(2));
            }
        }
        long reloadId = recorded.id();
        try (PreparedStatement s = c.prepareStatement("DELETE FROM cluster_reloads WHERE id <= ?")) {
            s.setLong(1, reloadId - RELOADS_KEPT);
            s.executeUpdate();
        }
        notify(c, RELOAD_CHANNEL, reloadId);
        return recorded;
    }

    /** Records what this process did with a reload and wakes the process waiting for it. */
    static void report(Connection c, long reloadId, String id, ProcessReport report) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO cluster_reload_reports (reload_id, process_id, process_name, outcome, knowledge_version, detail)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (reload_id, process_id) DO UPDATE SET outcome = EXCLUDED.outcome,
                    knowledge_version = EXCLUDED.knowledge_version, detail = EXCLUDED.detail,
                    reported_at = clock_timestamp()""")) {
            s.setLong(1, reloadId);
            s.setString(2, id);
            s.setString(3, report.name());
            s.setString(4, report.outcome().name());
            s.setString(5, report.version());
            s.setString(6, report.detail().length() > DETAIL ? report.detail().substring(0, DETAIL) : report.detail());
            s.executeUpdate();
        }
        notify(c, REPORT_CHANNEL, reloadId);
    }

    /** The reports on one reload by process id, as each process sent it. */
    static Map<String, ProcessReport> reports(Connection c, long reloadId) throws SQLException {
        Map<String, ProcessReport> reports = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT process_id, process_name, outcome, knowledge_version, detail FROM cluster_reload_reports
                WHERE reload_id = ? ORDER BY process_name, process_id""")) {
            s.setLong(1, reloadId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reports.put(r.getString(1), new ProcessReport(r.getString(2), false,
                            ProcessReport.Outcome.valueOf(r.getString(3)), r.getString(4), r.getString(5)));
                }
            }
        }
        return reports;
    }

    /** Takes the cluster's reload lock on this connection's session, without waiting; false when another has it. */
    static boolean tryLockReloads(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, RELOAD_LOCK);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    static void unlockReloads(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, RELOAD_LOCK);
            s.execute();
        }
    }

    /** Holds the registration lock until the current transaction ends. */
    static void lockRegistration(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            s.setLong(1, REGISTER_LOCK);
            s.execute();
        }
    }

    private static void notify(Connection c, String channel, long reloadId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, channel);
            s.setString(2, Long.toString(reloadId));
            s.execute();
        }
    }
}
