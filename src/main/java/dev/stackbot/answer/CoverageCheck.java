package dev.stackbot.answer;

import dev.stackbot.question.Coverage;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether the knowledge can answer a question: decided here, once, from the question's topic — how
 * close it is to the knowledge by meaning and by words — never from the mere absence of names.
 */
final class CoverageCheck {

    /** With no technology named, a question must still be mostly made of words the sources use. */
    static final double MIN_KNOWN_SHARE = 0.5;
    /**
     * A fact the question's own words ask for ("wat even is the GIL") covers it when the question is this
     * close to that fact by meaning: "booting windows" or "a helm release" use a fact's words, not its topic.
     */
    static final float ASKED_FACT = 0.40f;
    /** Closeness to a fact, or mean closeness to the closest passages, at which an unknown word asks in other words: {@link #asksInOtherWords}. */
    static final float ASKED_IN_OTHER_WORDS_FACT = 0.75f;
    static final float ASKED_IN_OTHER_WORDS_PASSAGES = 0.65f;
    /**
     * Without the model's features (a knowledge with no facts): cosine to the closest passage or aspect
     * meaning that makes a question the knowledge's by meaning alone, and below which even a question that
     * signals an aspect or points at the pair is about something else.
     */
    static final float CLOSE = 0.50f;
    static final float NEAR = 0.30f;

    /**
     * The odds that a question naming no technology is the knowledge's, from how close it is by meaning: a
     * logistic model first fitted on {@code src/test/resources/eval/coverage-train.jsonl} (42 questions about
     * other things, many with a word an aspect signals — "a budget for a monitor", "more ram in a phone" — and 42
     * questions of the channel that name neither technology) with the dev and held-out sets (round 4), and refit
     * in round 12 on those, {@code coverage-train-2.jsonl} and the blind sets already read (blind-1 to blind-27:
     * 637 questions naming nothing, 166 of them off topic; later blind sets judge it). A signal word alone does not
     * cover a question: the word is a feature of many off-topic ones. The refit all but drops the closeness to
     * the knowledge's centroid (4.78 → 0.07): over these questions it adds nothing the closest passages and aspect
     * do not; it is still computed, for {@code bin/bench --coverage}. The weights belong to the shipped
     * knowledge's scale; for another one, {@code bin/bench --coverage} refits them.
     */
    static final double BIAS = -8.50;
    static final double W_PASSAGES = 7.07;
    static final double W_ASPECT = 6.03;
    static final double W_OVERALL = 5.35;
    static final double W_CENTROID = 0.07;
    static final double W_PAIR = 3.27;
    static final double W_FACT = 6.51;
    static final double W_OVERALL_WORDS = 2.11;

    /**
     * What retrieval and the semantic layer tell about the question's topic.
     *
     * @param knownWordShare share of its search words found in the sources (or signalling an aspect)
     * @param hasHits        whether any passage matched at all
     * @param meaning        how close it is to the knowledge by meaning; null when the engine is lexical
     * @param unknownOptions whether it chooses between two things no source mentions ("tiktok or reddit?")
     * @param unknownAsked   the words of what it asks for that no source uses ("what licence is Node under?")
     */
    record Signals(double knownWordShare, boolean hasHits, Meaning meaning, boolean unknownOptions, List<String> unknownAsked) {
        Signals {
            unknownAsked = List.copyOf(unknownAsked);
        }
    }

    /**
     * How close a question is to the knowledge, by meaning (cosines).
     *
     * @param passages     mean of its five closest passages (one close passage is often a stray word's)
     * @param aspect       its closest aspect meaning, the overall choice left out
     * @param overall      the overall choice's meaning (the fallback aspect: "which is better for the server side?")
     * @param centroid     the mean of all the passages' windows: what the knowledge is about as a whole
     * @param fact         its closest fact
     * @param overallWords whether its words signal the overall choice ("backend", "stack", "app")
     * @param askedFact    closeness to the fact its own words ask for; below -1 when they ask for none
     * @param closest      cosine to the single closest passage or aspect meaning
     */
    record Meaning(float passages, float aspect, float overall, float centroid, float fact, boolean overallWords,
                   float askedFact, float closest) {

        /** Whether the knowledge has what the model was fitted with: facts to be close to. */
        boolean modelled() {
            return !Float.isNaN(fact);
        }
    }

    private CoverageCheck() {
    }

    /**
     * Below this cosine to every passage and every aspect's meaning, a question naming one technology uses
     * the name in another sense: "a swollen lymph node", "delete a node from a linked list" (0.19–0.28 on the
     * training sets), while every question of the channel in the sets that names one is at 0.45 or above
     * (docs/EVALUATION.md, round 5; `bin/bench --coverage` prints both).
     */
    static final float NAME_IN_ANOTHER_SENSE = 0.30f;

    /**
     * Below these odds of the coverage model a question naming one technology uses the name in another sense
     * even when it sets it against something ("my ball python hasn't eaten, should I worry or is that normal?",
     * "3 nodes and the shards look unbalanced: add a fourth node or rebalance?"). The model is fitted on
     * questions naming nothing; a name of the knowledge lifts a question of the channel well above it (the
     * lowest of the sets, slang, at 0.35), while those of another sense stay at 0.21 or below
     * (docs/EVALUATION.md, round 9; `bin/bench --coverage` prints both).
     */
    static final double NAME_IN_ANOTHER_SENSE_ODDS = 0.30;

    /**
     * Whether a question names one of the knowledge's technologies but means something else by the word: it
     * names only one, and is far by meaning from everything the knowledge holds — below
     * {@link #NAME_IN_ANOTHER_SENSE} when it compares the name with nothing, below
     * {@link #NAME_IN_ANOTHER_SENSE_ODDS} of the coverage model in any case. Never without the model, and
     * never for two names.
     */
    private static boolean namesInAnotherSense(UnderstoodQuestion question, List<String> named, Meaning meaning) {
        if (meaning == null || named.size() != 1) {
            return false;
        }
        if (namesOneAlone(question, named) && meaning.closest() < NAME_IN_ANOTHER_SENSE) {
            return true;
        }
        boolean pair = dev.stackbot.question.PairReference.in(question.text());
        return meaning.modelled() && odds(meaning, pair) < NAME_IN_ANOTHER_SENSE_ODDS;
    }

    /**
     * Whether a question that asks for a thing by a word the sources never use is still clearly theirs by
     * meaning: as close to one of their facts as a fact asked in other words ("what fraction of programmers
     * work with python?", 0.80 to the share of developers), or to their passages ("what's the main downside of
     * python for web apps?", 0.68). Questions for things they do not hold (a licence, a salary, an LTS
     * period) came to 0.55–0.63 and 0.46–0.56. Never without the model: then the words alone decide.
     */
    private static boolean asksInOtherWords(Meaning meaning) {
        if (meaning == null) {
            return false;
        }
        // the fact the question's other words find ("released": the first release) is close by those words, not by
        // the thing asked for: its closeness says nothing of whether the unknown word is another word for a fact
        boolean closestFoundByWords = Math.abs(meaning.fact() - meaning.askedFact()) < 1e-6f;
        return meaning.fact() >= ASKED_IN_OTHER_WORDS_FACT && !closestFoundByWords
                || meaning.passages() >= ASKED_IN_OTHER_WORDS_PASSAGES;
    }

    /** Whether a question names one technology itself ({@code named}) and compares it with nothing. */
    static boolean namesOneAlone(UnderstoodQuestion question, List<String> named) {
        return named.size() == 1 && !dev.stackbot.question.QuestionReader.compares(question.text());
    }

    /** The model's odds (0–1) that a question naming nothing is the knowledge's. */
    static double odds(Meaning meaning, boolean pair) {
        double z = BIAS + W_PASSAGES * meaning.passages() + W_ASPECT * meaning.aspect() + W_OVERALL * meaning.overall()
                + W_CENTROID * meaning.centroid() + W_PAIR * (pair ? 1 : 0) + W_FACT * meaning.fact()
                + W_OVERALL_WORDS * (meaning.overallWords() ? 1 : 0);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * @param question the question as read (its aspect is the one its words signal, or null)
     * @param named    the technologies it names itself (inherited ones do not count)
     * @param measure  retrieval's signals of its topic, asked for only when the reading alone does not decide
     */
    static Decision decide(UnderstoodQuestion question, List<String> named, Supplier<Signals> measure) {
        Signals[] measured = new Signals[1];
        Coverage coverage = coverage(question, named, () -> measured[0] = measure.get());
        return new Decision(coverage, coverage == Coverage.UNKNOWN_THING && measured[0] != null ? measured[0].unknownAsked() : List.of());
    }

    /**
     * Whether the knowledge covers a question, and — when it asks for a thing the sources never name — the words of
     * that thing, for the refusal to say ("My sources say nothing about “licence”").
     */
    record Decision(Coverage coverage, List<String> unknownThing) {
        Decision {
            unknownThing = List.copyOf(unknownThing);
        }
    }

    private static Coverage coverage(UnderstoodQuestion question, List<String> named, Supplier<Signals> measure) {
        if (question.coverage() != Coverage.COVERED && question.coverage() != Coverage.NO_TOPIC) {
            return question.coverage(); // empty, foreign, or a choice within one technology: the reading decides
        }
        // only now is retrieval worth its cost: the reading alone did not refuse the question
        Signals signals = measure.get();
        if (!signals.hasHits()) {
            return Coverage.NO_TOPIC;
        }
        if (!signals.unknownAsked().isEmpty() && !asksInOtherWords(signals.meaning())) {
            // "what licence is Node.js released under?": whatever else its words find ("released"), the thing it
            // asks for is one the sources never name
            return Coverage.UNKNOWN_THING;
        }
        if (!named.isEmpty()) {
            return namesInAnotherSense(question, named, signals.meaning()) ? Coverage.NO_TOPIC : Coverage.COVERED;
        }
        if (signals.unknownOptions()) {
            // "grow the community around my game fast, tiktok or reddit?": its options are other things
            return Coverage.NO_TOPIC;
        }
        Meaning meaning = signals.meaning();
        if (meaning == null) {
            boolean sourcesWords = question.aspect() != null && signals.knownWordShare() >= MIN_KNOWN_SHARE;
            return sourcesWords ? Coverage.COVERED : Coverage.NO_TOPIC;
        }
        boolean pair = dev.stackbot.question.PairReference.in(question.text());
        if (!meaning.modelled()) {
            // a knowledge without facts is unlike the one the model was fitted on: the closeness alone
            // decides, a signal word or a pointer at the pair being enough in between
            boolean pointed = question.aspect() != null || pair;
            float closest = meaning.closest();
            return closest >= CLOSE || (closest >= NEAR && pointed) ? Coverage.COVERED : Coverage.NO_TOPIC;
        }
        // slang and typos ("wat even is the GIL n why") are words the sources never use, yet a fact they
        // name, close by meaning too, makes the question theirs
        boolean covered = odds(meaning, pair) >= 0.5 || meaning.askedFact() >= ASKED_FACT;
        return covered ? Coverage.COVERED : Coverage.NO_TOPIC;
    }
}
