package dev.stackbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL of the answers and feedback tables, the same text for SQLite and PostgreSQL. */
final class StoreTables {

    // ON CONFLICT … DO NOTHING: a batch retried after a commit whose acknowledgement was lost adds nothing twice
    private static final String INSERT_ANSWER = """
            INSERT INTO answers (id, asked_at, guild_id, channel_id, asker_hash, surface, question, knowledge_version,
                                 covered, aspect, verdict_kind, verdict_winner, passage_ids, latency_micros, answer_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    // a reason or a comment keeps the other; a 👍 after a 👎 clears both
    private static final String UPSERT_FEEDBACK = """
            INSERT INTO feedback (answer_id, asker_hash, given_at, vote, reason, comment) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (answer_id, asker_hash) DO UPDATE SET
                given_at = excluded.given_at,
                vote = excluded.vote,
                reason = CASE WHEN excluded.vote = 'up' THEN NULL ELSE COALESCE(excluded.reason, feedback.reason) END,
                comment = CASE WHEN excluded.vote = 'up' THEN NULL ELSE COALESCE(excluded.comment, feedback.comment) END""";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * The JSON of answers recently written, by identity: the engine hands out the same Answer each time a question
     * is asked again, and each asking is a row of its own with the same answer_json. Weak keys: an answer nobody
     * holds any more is let go of.
     */
    private static final Cache<Answer, String> RECENT_JSON = Caffeine.newBuilder().weakKeys().maximumSize(2_000)
            .executor(Runnable::run).build();

    private StoreTables() {
    }

    /** Writes a batch in the connection's current transaction; answers first, so feedback in it finds them. */
    static void write(Connection connection, List<StoreEntry> entries) throws SQLException {
        try (PreparedStatement answers = connection.prepareStatement(INSERT_ANSWER);
             PreparedStatement feedback = connection.prepareStatement(UPSERT_FEEDBACK)) {
            int answerCount = 0;
            for (StoreEntry entry : entries) {
                if (entry instanceof ServedAnswer served) {
                    bindAnswer(answers, served);
                    answers.addBatch();
                    answerCount++;
                }
            }
            if (answerCount > 0) {
                answers.executeBatch();
            }
            // feedback one by one, in order: a reason must land after the vote it refines
            for (StoreEntry entry : entries) {
                if (entry instanceof Feedback given) {
                    bindFeedback(feedback, given);
                    feedback.executeUpdate();
                }
            }
        }
    }

    private static void bindAnswer(PreparedStatement s, ServedAnswer served) throws SQLException {
        Answer a = served.answer();
        s.setString(1, served.id());
        s.setLong(2, served.askedAt().toEpochMilli());
        setLong(s, 3, served.guildId());
        setLong(s, 4, served.channelId());
        s.setString(5, served.askerHash());
        s.setString(6, served.surface().code());
        s.setString(7, a.question());
        s.setString(8, a.knowledgeVersion() == null ? "" : a.knowledgeVersion());
        s.setInt(9, a.covered() ? 1 : 0);
        s.setString(10, a.aspect());
        s.setString(11, a.verdict().kind().name().toLowerCase(Locale.ROOT));
        s.setString(12, a.verdict().winner());
        s.setString(13, a.citations().stream().map(Citation::passageId).collect(Collectors.joining(" ")));
        s.setLong(14, served.latencyMicros());
        s.setString(15, RECENT_JSON.get(a, StoreTables::toJson));
    }

    private static void bindFeedback(PreparedStatement s, Feedback f) throws SQLException {
        s.setString(1, f.answerId());
        s.setString(2, f.askerHash());
        s.setLong(3, f.givenAt().toEpochMilli());
        s.setString(4, f.up() ? "up" : "down");
        s.setString(5, f.reason() == null ? null : f.reason().code());
        s.setString(6, f.comment());
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** The answer stored under this id, as it was served. */
    static Optional<Answer> findAnswer(Connection connection, String id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT answer_json FROM answers WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(fromJson(rows.getString(1))) : Optional.empty();
            }
        }
    }

    /** Deletes one person's answers, the feedback given on them, and the feedback they gave; returns the rows. */
    static DeletedRows forget(Connection connection, String askerHash) throws SQLException {
        int feedback = update(connection, "DELETE FROM feedback WHERE asker_hash = ? OR answer_id IN "
                + "(SELECT id FROM answers WHERE asker_hash = ?)", askerHash, askerHash);
        int answers = update(connection, "DELETE FROM answers WHERE asker_hash = ?", askerHash);
        return new DeletedRows(answers, feedback);
    }

    /** Deletes answers asked and feedback given before {@code cutoff}, and feedback left on purged answers. */
    static DeletedRows purgeBefore(Connection connection, Instant cutoff) throws SQLException {
        long millis = cutoff.toEpochMilli();
        int feedback = update(connection, "DELETE FROM feedback WHERE given_at < ? OR answer_id IN "
                + "(SELECT id FROM answers WHERE asked_at < ?)", millis, millis);
        int answers = update(connection, "DELETE FROM answers WHERE asked_at < ?", millis);
        return new DeletedRows(answers, feedback);
    }

    static long count(Connection connection, String table) throws SQLException {
        if (!table.equals("answers") && !table.equals("feedback")) {
            throw new IllegalArgumentException(table);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    static String toJson(Answer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer is plain records: " + e.getMessage(), e);
        }
    }

    static Answer fromJson(String json) throws SQLException {
        try {
            return JSON.readValue(json, Answer.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored answer cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
