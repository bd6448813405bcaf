package dev.stackbot.answer;

import java.util.List;

/** The engine's facade: question → Answer, pair → Comparison, and what the knowledge holds. Thread-safe. */
public final class AskService {

    // IMPLEMENTATION IN PROGRESS: signatures are the stable contract for cli/ and discord/.

    /** Answers one question on its own. Never throws for any input string (null, empty, huge, hostile). */
    public Answer ask(String question) {
        return ask(question, List.of());
    }

    /**
     * Answers a follow-up: when the question names no entity, it inherits {@code previousSubjects}
     * (the {@link Answer#subjects()} of the previous answer in the same conversation).
     */
    public Answer ask(String question, List<String> previousSubjects) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Compares two entities (ids or any alias) over every aspect, or over one aspect (id, label or signal word).
     *
     * @throws UnknownNameException when an entity or the aspect is not in the knowledge (its message is user-facing)
     */
    public Comparison compare(String first, String second, String aspectOrNull) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Entities, aspects and sources of the serving snapshot. */
    public KnowledgeOverview overview() {
        throw new UnsupportedOperationException("in progress");
    }
}
