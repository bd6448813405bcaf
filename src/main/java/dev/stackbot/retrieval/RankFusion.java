package dev.stackbot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion of the lexical and the semantic ranking: a passage scores
 * {@code weight / (K + rank)} in each list it is in. Ranks, not scores, are fused, so BM25 and cosine
 * never need a common scale. K and the weight were measured (bin/bench --retrieval, docs/EVALUATION.md); a rule's
 * evidence is ranked with meaning weighing less ({@code Answerer.EVIDENCE_MEANING_WEIGHT}, measured on the blind sets).
 */
public final class RankFusion {

    /** The usual constant of reciprocal-rank fusion: a top rank counts a little more than the next, not far more. */
    static final int K = 60;
    /** Weight of the semantic list against the lexical one; measured equal best on the tuned sets. */
    public static final double SEMANTIC_WEIGHT = 1.0;

    private RankFusion() {
    }

    /** The hits of both rankings in fused order, each with its fused score. */
    public static List<Hit> fuse(List<Hit> lexical, List<Integer> semantic) {
        return fuse(lexical, semantic, SEMANTIC_WEIGHT);
    }

    private static List<Hit> fuse(List<Hit> lexical, List<Integer> semantic, double semanticWeight) {
        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int rank = 0; rank < lexical.size(); rank++) {
            fused.merge(lexical.get(rank).ordinal(), 1.0 / (K + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < semantic.size(); rank++) {
            fused.merge(semantic.get(rank), semanticWeight / (K + rank + 1), Double::sum);
        }
        List<Hit> hits = new ArrayList<>(fused.size());
        fused.forEach((ordinal, score) -> hits.add(new Hit(ordinal, (float) (score * 1000))));
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits;
    }

    /**
     * Fused scores of passages ranked within one set by two score maps (higher is better), the semantic rank
     * weighing {@code semanticWeight} against the lexical one's 1; absent scores rank last.
     */
    public static Map<Integer, Float> fuseScores(List<Integer> ordinals, Map<Integer, Float> lexical,
                                                 Map<Integer, Float> semantic, double semanticWeight) {
        List<Integer> byLexical = sortedBy(ordinals, lexical);
        List<Integer> bySemantic = sortedBy(ordinals, semantic);
        Map<Integer, Float> fused = new LinkedHashMap<>();
        for (Hit hit : fuse(byLexical.stream().map(o -> new Hit(o, 0)).toList(), bySemantic, semanticWeight)) {
            fused.put(hit.ordinal(), hit.score());
        }
        return fused;
    }

    private static List<Integer> sortedBy(List<Integer> ordinals, Map<Integer, Float> scores) {
        return ordinals.stream().distinct().filter(scores::containsKey)
                .sorted(Comparator.comparingDouble((Integer o) -> scores.get(o)).reversed()).toList();
    }
}
