package dev.stackbot.answer;

import dev.stackbot.question.Coverage;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.List;

/**
 * Whether the knowledge can answer a question: decided here, once, from the question's topic — how
 * close it is to the knowledge by meaning and by words — never from the mere absence of names.
 */
final class CoverageCheck {

    /** With no technology named, a question must still be mostly made of words the sources use. */
    static final double MIN_KNOWN_SHARE = 0.5;
    /** Cosine to the closest passage or aspect meaning that makes a question the knowledge's by meaning alone. */
    static final float CLOSE = 0.50f;
    /** Below this, even a question signalling an aspect is about something else. */
    static final float NEAR = 0.30f;

    /**
     * What retrieval and the semantic layer tell about the question's topic.
     *
     * @param knownWordShare share of its search words found in the sources (or signalling an aspect)
     * @param hasHits        whether any passage matched at all
     * @param closeness      cosine to the closest passage or aspect meaning; null when the engine is lexical
     */
    record Signals(double knownWordShare, boolean hasHits, Float closeness) {
    }

    private CoverageCheck() {
    }

    /**
     * Whether a choice points at the technologies without naming them ("which of the two?", "either of
     * them", "which one"): in a channel about one pair, that is the pair.
     */
    private static boolean refersToThePair(UnderstoodQuestion question) {
        return question.kind().wantsVerdict() && PAIR_REFERENCE.matcher(question.text()).find();
    }

    private static final java.util.regex.Pattern PAIR_REFERENCE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the two|both of them|either of them|either one|which one|which of|one of them|the other one)\\b");

    /**
     * @param question the question as read (its aspect is the one its words signal, or null)
     * @param named    the technologies it names itself (inherited ones do not count)
     * @param measure  retrieval's signals of its topic, asked for only when the reading alone does not decide
     */
    static Coverage decide(UnderstoodQuestion question, List<String> named, java.util.function.Supplier<Signals> measure) {
        if (question.coverage() == Coverage.EMPTY || question.coverage() == Coverage.FOREIGN) {
            return question.coverage();
        }
        // only now is retrieval worth its cost: the reading alone did not refuse the question
        Signals signals = measure.get();
        if (!signals.hasHits()) {
            return Coverage.NO_TOPIC;
        }
        if (!named.isEmpty()) {
            return Coverage.COVERED;
        }
        if (signals.closeness() == null) {
            boolean sourcesWords = question.aspect() != null && signals.knownWordShare() >= MIN_KNOWN_SHARE;
            return sourcesWords ? Coverage.COVERED : Coverage.NO_TOPIC;
        }
        // by meaning, a word that signals an aspect is enough: slang and typos ("wat even is the GIL n why")
        // are words the sources never use, yet the question is theirs
        float closeness = signals.closeness();
        boolean pointed = question.aspect() != null || refersToThePair(question);
        return closeness >= CLOSE || (closeness >= NEAR && pointed) ? Coverage.COVERED : Coverage.NO_TOPIC;
    }
}
