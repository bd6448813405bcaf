package dev.stackbot.question;

import dev.stackbot.knowledge.Aspect;
import dev.stackbot.semantic.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What each aspect means, as vectors: its label, its description and its example situations. A question
 * is as close to an aspect as to the closest of these, so "riders watch a courier's dot move on a map"
 * finds real-time apps through an example, with no signal word in common.
 */
public final class AspectMeanings {

    /** One aspect and how close a question is to it (cosine of the closest of its texts). */
    public record Closeness(Aspect aspect, float similarity) {
    }

    private final List<Aspect> aspects;
    private final List<List<float[]>> vectors;

    /** Examples left out of their aspect's meaning, as "aspect: example" ({@link #distinct}). */
    private final List<String> leftOut;

    /** @param vectors per aspect, in the order of {@code aspects}, the vectors of {@link #texts} of that aspect */
    public AspectMeanings(List<Aspect> aspects, List<List<float[]>> vectors) {
        this(aspects, vectors, List.of());
    }

    private AspectMeanings(List<Aspect> aspects, List<List<float[]>> vectors, List<String> leftOut) {
        if (aspects.size() != vectors.size()) {
            throw new IllegalArgumentException("one list of vectors per aspect");
        }
        this.aspects = List.copyOf(aspects);
        this.vectors = vectors.stream().map(List::copyOf).toList();
        this.leftOut = List.copyOf(leftOut);
    }

    /**
     * The meanings without the examples that say "a backend" more than their aspect: an example at least as
     * close to the overall choice's meaning (the fallback aspect's texts) as to every other text of its own
     * aspect ("planning a backend that can grow with the business", an example of scalability) draws every
     * question about choosing a backend to that aspect, whatever its need. The label and the description always
     * stay; with no fallback aspect nothing is left out. (Leaving out also the examples closer to another
     * aspect than to their own was measured, and lost verdicts: those still say what their aspect means.)
     *
     * @param vectors as for the constructor
     */
    public static AspectMeanings distinct(List<Aspect> aspects, List<List<float[]>> vectors) {
        int fallback = -1;
        for (int i = 0; i < aspects.size(); i++) {
            fallback = aspects.get(i).fallback() ? i : fallback;
        }
        if (fallback < 0) {
            return new AspectMeanings(aspects, vectors);
        }
        List<float[]> overall = vectors.get(fallback);
        List<List<float[]>> kept = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int a = 0; a < aspects.size(); a++) {
            List<float[]> own = vectors.get(a);
            Aspect aspect = aspects.get(a);
            int firstExample = own.size() - aspect.examples().size();
            if (a == fallback || firstExample < 0) {
                kept.add(own);
                continue;
            }
            List<float[]> keep = new ArrayList<>(own.subList(0, firstExample));
            for (int i = firstExample; i < own.size(); i++) {
                if (closest(own.get(i), overall, -1) >= closest(own.get(i), own, i)) {
                    leftOut.add(aspect.id() + ": " + aspect.examples().get(i - firstExample));
                } else {
                    keep.add(own.get(i));
                }
            }
            kept.add(keep);
        }
        return new AspectMeanings(aspects, kept, leftOut);
    }

    /** The cosine of {@code vector} to the closest of {@code others}, leaving out the one at {@code skip}. */
    private static float closest(float[] vector, List<float[]> others, int skip) {
        float best = -1;
        for (int i = 0; i < others.size(); i++) {
            if (i != skip) {
                best = Math.max(best, Vectors.dot(vector, others.get(i)));
            }
        }
        return best;
    }

    /** The examples {@link #distinct} left out, as "aspect: example"; empty for meanings built whole. */
    public List<String> leftOut() {
        return leftOut;
    }

    /** The texts that say what an aspect means, in a fixed order: label, description, examples. */
    public static List<String> texts(Aspect aspect) {
        List<String> texts = new ArrayList<>();
        texts.add(aspect.label());
        if (!aspect.description().isBlank()) {
            texts.add(aspect.description());
        }
        texts.addAll(aspect.examples());
        return texts;
    }

    /** A ranking, by the very vector it ranked. */
    private record Ranked(float[] question, List<Closeness> ranked) {
    }

    /**
     * The last rankings of this thread, by vector: one answer ranks its question for the needs, then each of its
     * parts (at most four), then the question again for coverage; one answer runs on one worker thread.
     */
    private static final int REMEMBERED = 6;

    private final ThreadLocal<Ranked[]> recent = ThreadLocal.withInitial(() -> new Ranked[REMEMBERED]);
    private final ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Every aspect with its closeness to the question, closest first. The same question vector (the question
     * cache hands out one array per question) is ranked once per answer: the needs and coverage both ask.
     */
    public List<Closeness> rank(float[] question) {
        Ranked[] memo = recent.get();
        for (Ranked ranked : memo) {
            if (ranked != null && ranked.question() == question) {
                return ranked.ranked();
            }
        }
        List<Closeness> ranked = rankAll(question);
        int[] slot = next.get();
        memo[slot[0]] = new Ranked(question, ranked);
        slot[0] = (slot[0] + 1) % REMEMBERED;
        return ranked;
    }

    /** Every aspect with its closeness to the closest of several vectors (a message and its sentences), closest first. */
    public List<Closeness> rankClosest(List<float[]> texts) {
        List<Closeness> ranked = new ArrayList<>(aspects.size());
        for (int i = 0; i < aspects.size(); i++) {
            float best = -1;
            for (float[] text : texts) {
                for (float[] vector : vectors.get(i)) {
                    best = Math.max(best, Vectors.dot(text, vector));
                }
            }
            ranked.add(new Closeness(aspects.get(i), best));
        }
        ranked.sort(Comparator.comparingDouble(Closeness::similarity).reversed());
        return List.copyOf(ranked);
    }

    private List<Closeness> rankAll(float[] question) {
        return rankClosest(List.of(question));
    }
}
