package dev.stackbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.verdict.Verdict;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's facade: question → Answer (cached), pair → Comparison, and what the knowledge holds.
 * Thread-safe: each call reads the serving snapshot once and hands it to {@link Answerer} or {@link Comparer}.
 */
public final class AskService {

    private static final Logger LOG = LoggerFactory.getLogger(AskService.class);
    /** Default bound of the answer cache: a few MB, many times the distinct questions of a busy server's hour. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    private final LiveKnowledge live;
    private final Cache<String, Answer> cache;

    public AskService(LiveKnowledge live) {
        this(live, DEFAULT_CACHE_SIZE);
    }

    public AskService(LiveKnowledge live, int cacheSize) {
        this.live = live;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** Answers one question on its own. Never throws for any input string (null, empty, huge, hostile). */
    public Answer ask(String question) {
        return ask(question, List.of());
    }

    /**
     * Answers a follow-up: when the question names no entity, it inherits {@code previousSubjects}
     * (the {@link Answer#subjects()} of the previous answer in the same conversation).
     */
    public Answer ask(String question, List<String> previousSubjects) {
        KnowledgeSnapshot snapshot = live.current();
        List<String> previous = previousSubjects == null ? List.of() : previousSubjects;
        String asked = QuestionReader.cleanText(question);
        // the snapshot version is part of the key, so a reload never serves an answer of the old knowledge;
        // case and spacing do not make a different question
        String key = snapshot.version() + '\u0000' + asked.toLowerCase(Locale.ROOT) + '\u0000' + String.join(",", previous);
        try {
            return cache.get(key, k -> Answerer.answer(snapshot, asked, previous)).withQuestion(asked);
        } catch (RuntimeException | StackOverflowError e) {
            // one bad question must never take the caller down: one line for whoever reads the terminal
            // or the log, the trace only at debug level, and an apology to the user
            LOG.error("answering failed on knowledge {} for a question of {} chars: {}", snapshot.version(),
                    question == null ? 0 : question.length(), e.toString());
            LOG.debug("answering failed", e);
            return failure(snapshot, question);
        }
    }


    private static Answer failure(KnowledgeSnapshot snapshot, String question) {
        return new Answer(QuestionReader.cleanText(question), false, List.of(), List.of(), null, null, "fact",
                Verdict.none("No answer"), List.of(),
                "Sorry, something went wrong while answering that. Please try rephrasing the question.",
                snapshot.version());
    }

    /**
     * Compares two entities (ids or any alias) over every aspect, or over one aspect (id, label or signal word).
     *
     * @throws UnknownNameException when an entity or the aspect is not in the knowledge (its message is user-facing)
     */
    public Comparison compare(String first, String second, String aspectOrNull) {
        return Comparer.compare(live.current(), first, second, aspectOrNull);
    }

    /** Entities, aspects and sources of the serving snapshot. */
    public KnowledgeOverview overview() {
        return live.current().overview();
    }

    /** The knowledge serving now: for renderers that need names, and for reload. */
    public LiveKnowledge live() {
        return live;
    }
}
