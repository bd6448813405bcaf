package dev.stackbot.answer;

import dev.stackbot.index.Fields;
import dev.stackbot.index.PassageIndex;
import dev.stackbot.knowledge.Fact;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.retrieval.Hit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Finds the fact a fact question asks for: by the words it is asked with (a fact's {@code asked_as})
 * and by the passages retrieval ranks first. Its phrases are prepared once per snapshot.
 */
final class FactFinder {

    /** Hits whose quoted facts a fact question may be answered with. */
    static final int DEPTH = 3;
    /** A word in at most one passage in this many is specific enough to name a fact by itself. */
    static final int RARE_SHARE = 20;
    /** Points of each topic word of a matched phrase. */
    private static final int TOPIC_POINTS = 10;

    /**
     * One "asked as" phrase of a fact, prepared.
     *
     * @param words    its words, lower case, single-spaced
     * @param prefix   whether its last word may go on ("compan*")
     * @param topic    how many of its words are topic words, not question form ("what", "is")
     * @param specific whether it names the fact without the technology being named: several topic
     *                 words, or one that few passages use ("GIL", not "platform")
     */
    record Phrase(Fact fact, String words, boolean prefix, int topic, int length, boolean specific) {
    }

    private final List<Phrase> phrases;

    /** Every word of the phrases, and the one-word prefix phrases ("compan*"), which words they begin are the facts' too. */
    private final Set<String> words = new HashSet<>();
    private final List<String> prefixes = new java.util.ArrayList<>();

    private FactFinder(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        for (Phrase phrase : phrases) {
            // a one-word prefix phrase ("compan*") begins the words it stands for; a longer one's words are its own
            if (phrase.prefix() && !phrase.words().contains(" ")) {
                prefixes.add(phrase.words());
            } else {
                words.addAll(List.of(phrase.words().split(" ")));
            }
        }
    }

    /** Prepares the phrases of every fact, against the snapshot's passages (for which words are rare). */
    static FactFinder of(List<Fact> facts, PassageIndex index, int passages) {
        int limit = Math.max(1, passages / RARE_SHARE);
        List<Phrase> phrases = new ArrayList<>();
        for (Fact fact : facts) {
            for (String phrase : fact.askedAs()) {
                String words = normalized(phrase.replace("*", ""));
                if (words.isBlank()) {
                    continue;
                }
                String[] split = words.split(" ");
                int topic = (int) Arrays.stream(split).filter(w -> !QuestionReader.isFormWord(w)).count();
                boolean rare = index.analyze(Fields.TEXT, words).stream().allMatch(t -> index.docFreq(t) <= limit);
                phrases.add(new Phrase(fact, words, phrase.endsWith("*"), topic, split.length, topic > 1 || (topic == 1 && rare)));
            }
        }
        return new FactFinder(phrases);
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether a word is one of the facts' "asked as" phrases' words ("gil", "pypi"), or begins one that may go on ("compan*"). */
    boolean uses(String word) {
        String key = normalized(word);
        return words.contains(key) || prefixes.stream().anyMatch(key::startsWith);
    }

    /**
     * The fact asked for, about a technology the question names (any, when it names none): the one whose
     * phrases the question uses most, else, of a named technology, the one quoted in the best-ranked of
     * the first passages. Naming none, the fact's phrase and the retrieved passages must agree. Facts as good
     * by words go by their closeness in {@code meaning}. Null when the question gets passages, not a fact.
     */
    Fact find(FactIndex index, UnderstoodQuestion question, List<String> named, List<Hit> hits, ToDoubleFunction<Fact> meaning) {
        Map<Fact, Integer> score = new LinkedHashMap<>();
        Set<Fact> retrieved = new HashSet<>();
        for (int rank = 0; rank < Math.min(DEPTH, hits.size()); rank++) {
            for (Fact fact : index.quotedIn(hits.get(rank).ordinal())) {
                retrieved.add(fact);
                // a passage alone points at a fact only of a technology the question names: a situation
                // ("we run a streaming platform…") lands on passages quoting facts it never asked for
                if (named.contains(fact.subject())) {
                    score.merge(fact, DEPTH - rank, Math::max);
                }
            }
        }
        byWords(question, named).forEach((fact, points) -> score.merge(fact, points, Integer::sum));
        return score.entrySet().stream()
                .filter(e -> named.isEmpty() ? retrieved.contains(e.getKey()) : named.contains(e.getKey().subject()))
                .max(byPoints(meaning)).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The fact a question's own words ask for, by a phrase with a topic word that names it without the
     * technology, or with the technology named; null when no phrase does.
     */
    Fact findByWords(UnderstoodQuestion question, List<String> named) {
        return findByWords(question, named, f -> 0);
    }

    /** As {@link #findByWords(UnderstoodQuestion, List)}; facts as good by words go by their closeness in meaning. */
    Fact findByWords(UnderstoodQuestion question, List<String> named, ToDoubleFunction<Fact> meaning) {
        return byWords(question, named).entrySet().stream()
                .filter(e -> e.getValue() >= TOPIC_POINTS && (named.isEmpty() || named.contains(e.getKey().subject())))
                .max(byPoints(meaning)).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * More points first; between facts of as many points (two facts asked as "interpreter"), the one closer
     * in meaning; without meaning, the one written first.
     */
    private static Comparator<Map.Entry<Fact, Integer>> byPoints(ToDoubleFunction<Fact> meaning) {
        Comparator<Map.Entry<Fact, Integer>> points = Map.Entry.comparingByValue();
        return points.thenComparingDouble(e -> meaning.applyAsDouble(e.getKey()));
    }

    /** Points of each fact whose phrases the question uses: ten a topic word, one a word more; five for "what is" of a named one. */
    private Map<Fact, Integer> byWords(UnderstoodQuestion question, List<String> named) {
        String asked = " " + normalized(question.text()) + " ";
        Map<Fact, Integer> best = new LinkedHashMap<>();
        for (Phrase phrase : phrases) {
            if (!asked.contains(" " + phrase.words() + (phrase.prefix() ? "" : " "))) {
                continue;
            }
            boolean ownSubject = named.contains(phrase.fact().subject());
            // "what is" asks for this fact only of the technology it names; "event loop" asks for it anyway
            int points = phrase.topic() > 0 && (phrase.specific() || ownSubject) ? TOPIC_POINTS * phrase.topic() + phrase.length()
                    : ownSubject ? 5 : 0;
            if (points > 0) {
                best.merge(phrase.fact(), points, Math::max);
            }
        }
        return best;
    }
}
