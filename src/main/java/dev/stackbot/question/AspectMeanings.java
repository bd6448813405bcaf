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

    /** @param vectors per aspect, in the order of {@code aspects}, the vectors of {@link #texts} of that aspect */
    public AspectMeanings(List<Aspect> aspects, List<List<float[]>> vectors) {
        if (aspects.size() != vectors.size()) {
            throw new IllegalArgumentException("one list of vectors per aspect");
        }
        this.aspects = List.copyOf(aspects);
        this.vectors = vectors.stream().map(List::copyOf).toList();
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
