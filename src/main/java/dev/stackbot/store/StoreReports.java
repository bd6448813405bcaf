package dev.stackbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a {@link StoreReport} with plain queries; grouping is done here so both databases group alike. */
final class StoreReports {

    /** How many groups each list shows. */
    static final int TOP = 20;
    private static final long DAY_MILLIS = 86_400_000L;

    private StoreReports() {
    }

    static StoreReport build(Connection c, Instant from, Instant to) throws SQLException {
        StoreReport.CoveredShare period = coveredShare(c, from, to);
        List<StoreReport.QuestionGroup> declined = group(strings(c,
                "SELECT question FROM answers WHERE covered = 0 AND asked_at >= ? AND asked_at < ?", from, to));
        List<StoreReport.QuestionGroup> downvoted = group(strings(c,
                "SELECT a.question FROM feedback f JOIN answers a ON a.id = f.answer_id"
                        + " WHERE f.vote = 'down' AND f.given_at >= ? AND f.given_at < ?", from, to));
        Map<String, Long> reasons = counts(c, "SELECT COALESCE(reason, 'none'), COUNT(*) FROM feedback"
                + " WHERE vote = 'down' AND given_at >= ? AND given_at < ? GROUP BY COALESCE(reason, 'none')", from, to);
        Map<String, Long> votes = counts(c, "SELECT vote, COUNT(*) FROM feedback"
                + " WHERE given_at >= ? AND given_at < ? GROUP BY vote", from, to);
        List<StoreReport.Comment> comments = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT a.question, f.reason, f.comment FROM feedback f"
                + " JOIN answers a ON a.id = f.answer_id WHERE f.comment IS NOT NULL AND f.given_at >= ?"
                + " AND f.given_at < ? ORDER BY f.given_at DESC LIMIT " + TOP, from, to);
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                comments.add(new StoreReport.Comment(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        Map<String, Long> aspects = top(counts(c, "SELECT aspect, COUNT(*) FROM answers WHERE covered = 1"
                + " AND aspect IS NOT NULL AND asked_at >= ? AND asked_at < ? GROUP BY aspect", from, to));
        Instant weekAgo = to.minus(Duration.ofDays(7));
        return new StoreReport(from, to, period.questions(), period.covered(), declined, downvoted, reasons, votes,
                comments, coveredShare(c, weekAgo, to), coveredShare(c, weekAgo.minus(Duration.ofDays(7)), weekAgo),
                days(c, from, to), aspects);
    }

    /** Every UTC day from {@code from} to {@code to}, days without a question included (a chart shows the gap). */
    private static List<StoreReport.Day> days(Connection c, Instant from, Instant to) throws SQLException {
        // integer division of epoch milliseconds reads the same in SQLite and PostgreSQL; their date functions do not
        Map<Long, long[]> byDay = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT asked_at / " + DAY_MILLIS + ", covered, COUNT(*) FROM answers"
                + " WHERE asked_at >= ? AND asked_at < ? GROUP BY asked_at / " + DAY_MILLIS + ", covered", from, to);
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long[] counts = byDay.computeIfAbsent(rows.getLong(1), d -> new long[2]);
                counts[0] += rows.getLong(3);
                if (rows.getInt(2) == 1) {
                    counts[1] += rows.getLong(3);
                }
            }
        }
        List<StoreReport.Day> days = new ArrayList<>();
        long last = Math.floorDiv(to.toEpochMilli() - 1, DAY_MILLIS);
        for (long day = Math.floorDiv(from.toEpochMilli(), DAY_MILLIS); day <= last; day++) {
            long[] counts = byDay.getOrDefault(day, new long[2]);
            days.add(new StoreReport.Day(LocalDate.ofEpochDay(day), counts[0], counts[1]));
        }
        return days;
    }

    private static Map<String, Long> top(Map<String, Long> ordered) {
        Map<String, Long> top = new LinkedHashMap<>();
        ordered.entrySet().stream().limit(TOP).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** Lower case, letters and digits only, single spaces: "Is Rust faster than Go?" reads as "is rust faster than go". */
    static String normalize(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<StoreReport.QuestionGroup> group(List<String> questions) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        for (String question : questions) {
            String key = normalize(question);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            examples.putIfAbsent(key, question);
        }
        List<StoreReport.QuestionGroup> groups = new ArrayList<>();
        counts.forEach((key, n) -> groups.add(new StoreReport.QuestionGroup(key, examples.get(key), n[0])));
        groups.sort(Comparator.comparingLong(StoreReport.QuestionGroup::count).reversed()
                .thenComparing(StoreReport.QuestionGroup::key));
        return groups.size() > TOP ? groups.subList(0, TOP) : groups;
    }

    private static StoreReport.CoveredShare coveredShare(Connection c, Instant from, Instant to) throws SQLException {
        Map<String, Long> byCovered = counts(c, "SELECT covered, COUNT(*) FROM answers"
                + " WHERE asked_at >= ? AND asked_at < ? GROUP BY covered", from, to);
        long covered = byCovered.getOrDefault("1", 0L);
        return new StoreReport.CoveredShare(covered + byCovered.getOrDefault("0", 0L), covered);
    }

    private static List<String> strings(Connection c, String sql, Instant from, Instant to) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, from, to); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** key → count, most frequent first. */
    private static Map<String, Long> counts(Connection c, String sql, Instant from, Instant to) throws SQLException {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, from, to); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                entries.add(Map.entry(rows.getString(1), rows.getLong(2)));
            }
        }
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static PreparedStatement prepare(Connection c, String sql, Instant from, Instant to) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setLong(1, from.toEpochMilli());
        s.setLong(2, to.toEpochMilli());
        return s;
    }
}
