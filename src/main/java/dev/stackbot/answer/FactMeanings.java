package dev.stackbot.answer;

import dev.stackbot.knowledge.Claim;
import dev.stackbot.knowledge.Entity;
import dev.stackbot.knowledge.Evidence;
import dev.stackbot.knowledge.Fact;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.semantic.Vectors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each fact is about, as vectors: the question it answers ("What is the first public release of
 * Python?"), its {@code asked_as} words with its subject's name, and its quotes. A fact question phrased
 * with none of those words ("how old is Python?", "which well-known sites run on it?") still finds its
 * fact when it is clearly closer to it than to any other fact of the same technology. Built once per
 * snapshot (the vectors come through the vector cache); a question costs a few hundred dot products.
 */
final class FactMeanings {

    /**
     * Below this closeness a fact is not what a question asks for. Measured on the fact, definition and
     * situation questions of every evaluation set: true fact questions phrased without the fact's words
     * score 0.60–0.78, questions asking something else at most 0.50 (one dev question, 0.75, is a near miss).
     */
    static final float MIN_CLOSENESS = 0.55f;
    /** How much closer the best fact must be than the next fact of the same technology: else it is a guess. */
    static final float MARGIN = 0.05f;
    /** Weight of the closest quote beside the closest of the fact's own phrasings. */
    static final float QUOTE_WEIGHT = 0.5f;

    /** One fact and how close a question is to it. */
    record Closeness(Fact fact, float similarity) {
    }

    private final List<Fact> facts;
    private final List<List<float[]>> asked;
    private final List<List<float[]>> quotes;

    /**
     * @param asked  per fact, in the order of {@code facts}, the vectors of {@link #askedTexts}
     * @param quotes per fact, the vectors of {@link #quoteTexts}
     */
    FactMeanings(List<Fact> facts, List<List<float[]>> asked, List<List<float[]>> quotes) {
        if (facts.size() != asked.size() || facts.size() != quotes.size()) {
            throw new IllegalArgumentException("one list of vectors per fact");
        }
        this.facts = List.copyOf(facts);
        this.asked = asked.stream().map(List::copyOf).toList();
        this.quotes = quotes.stream().map(List::copyOf).toList();
    }

    /** The ways a fact is asked for: the question it answers, and each {@code asked_as} phrase with the subject's name. */
    static List<String> askedTexts(Knowledge knowledge, Fact fact) {
        String name = knowledge.entityName(fact.subject());
        List<String> texts = new ArrayList<>();
        texts.add("What is the " + withoutOtherNames(knowledge, fact) + " of " + name + "?");
        for (String phrase : fact.askedAs()) {
            texts.add(name + " " + phrase.replace("*", ""));
        }
        return texts;
    }

    /**
     * The attribute without the other technologies' names ("community size compared with Python's"): a
     * question naming both technologies would otherwise be drawn to every fact that compares them.
     */
    private static String withoutOtherNames(Knowledge knowledge, Fact fact) {
        String attribute = fact.attribute();
        for (Entity entity : knowledge.entities()) {
            if (entity.id().equals(fact.subject())) {
                continue;
            }
            for (String other : entity.names()) {
                attribute = attribute.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(other) + "(?:['\u2019]s)?(?![\\p{L}\\p{N}])", "");
            }
        }
        return attribute.replaceAll("\\s+", " ").replaceAll("\\s+([,.])", "$1").strip();
    }

    /** The fact's quotes, in claim and quote order. */
    static List<String> quoteTexts(Fact fact) {
        List<String> texts = new ArrayList<>();
        for (Claim claim : fact.claims()) {
            for (Evidence evidence : claim.evidence()) {
                texts.add(evidence.quote());
            }
        }
        return texts;
    }

    /** Every fact with its closeness to the question, closest first: computed once per question. */
    Ranking rank(float[] question) {
        List<Closeness> ranked = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            float own = best(question, asked.get(i));
            float quoted = best(question, quotes.get(i));
            ranked.add(new Closeness(facts.get(i), quoted < -1 ? own : (own + QUOTE_WEIGHT * quoted) / (1 + QUOTE_WEIGHT)));
        }
        ranked.sort((x, y) -> Float.compare(y.similarity(), x.similarity()));
        return new Ranking(List.copyOf(ranked));
    }

    /** The facts ranked for one question, closest first. */
    record Ranking(List<Closeness> all) {

        /** The facts about one of the subjects (any subject when empty), closest first. */
        List<Closeness> of(Collection<String> subjects) {
            return subjects.isEmpty() ? all : all.stream().filter(c -> subjects.contains(c.fact().subject())).toList();
        }

        /** How close the question is to a fact (-1 for a fact not ranked). */
        float similarity(Fact fact) {
            return all.stream().filter(c -> c.fact().equals(fact)).findFirst().map(Closeness::similarity).orElse(-1f);
        }

        /**
         * The fact a question asks for by meaning, about one of the subjects (any, when empty): close enough,
         * and clearly closer than the next fact of the same technology; null otherwise.
         */
        Closeness closest(Collection<String> subjects) {
            List<Closeness> ranked = of(subjects);
            if (ranked.isEmpty() || ranked.get(0).similarity() < MIN_CLOSENESS) {
                return null;
            }
            Closeness best = ranked.get(0);
            float next = ranked.stream().skip(1).filter(c -> c.fact().subject().equals(best.fact().subject()))
                    .findFirst().map(Closeness::similarity).orElse(-1f);
            return best.similarity() - next >= MARGIN ? best : null;
        }

        /**
         * The fact of one technology closest to the question, when close enough, with no margin: once a fact
         * asked of several technologies is clear for one of them, the other's is its closest one.
         */
        Closeness closestOf(String subject) {
            List<Closeness> ranked = of(List.of(subject));
            return ranked.isEmpty() || ranked.get(0).similarity() < MIN_CLOSENESS ? null : ranked.get(0);
        }
    }

    private static float best(float[] question, List<float[]> vectors) {
        float best = -2;
        for (float[] vector : vectors) {
            best = Math.max(best, Vectors.dot(question, vector));
        }
        return best;
    }
}
