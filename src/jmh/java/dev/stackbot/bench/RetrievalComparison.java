package dev.stackbot.bench;

import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import dev.stackbot.evaluation.EvalCase;
import dev.stackbot.evaluation.Evaluator;
import dev.stackbot.evaluation.Phrase;
import dev.stackbot.index.VectorIndex;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.retrieval.Diversifier;
import dev.stackbot.retrieval.Hit;
import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.OnnxEmbedder;
import dev.stackbot.semantic.PassageVectors;
import dev.stackbot.semantic.VectorCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence hit@3 of retrieval alone (no verdict, no evidence-first ordering) on question sets: plain BM25,
 * the engine's lexical query, each shipped embedding model over sentence windows, and their fusion by
 * reciprocal rank at several weights; with the model's load time and query cost.
 * Run: bin/bench --retrieval SET.jsonl...
 */
public final class RetrievalComparison {

    private static final int DEPTH = 40;
    private static final int RRF_K = 60;

    public static void main(String[] args) throws Exception {
        Path knowledge = Path.of("knowledge");
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(knowledge);
        Bm25Baseline plain = Bm25Baseline.over(knowledge);
        Map<String, List<EvalCase>> sets = new java.util.LinkedHashMap<>();
        for (String arg : args) {
            sets.put(Path.of(arg).getFileName().toString(),
                    Evaluator.read(Path.of(arg)).stream().filter(c -> !c.evidence().isEmpty()).toList());
        }
        for (var set : sets.entrySet()) {
            int ok = 0;
            int lex = 0;
            for (EvalCase c : set.getValue()) {
                ok += hit(c, plain.top3(c.question())) ? 1 : 0;
                lex += hit(c, texts(snapshot, lexical(snapshot, c.question()), 3)) ? 1 : 0;
            }
            System.out.printf("%-22s %-28s %d/%d%n", set.getKey(), "plain BM25", ok, set.getValue().size());
            System.out.printf("%-22s %-28s %d/%d%n", set.getKey(), "engine lexical", lex, set.getValue().size());
        }
        for (EmbeddingModel model : EmbeddingModel.values()) {
            long start = System.nanoTime();
            OnnxEmbedder embedder = OnnxEmbedder.load(model);
            double loadMs = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            PassageVectors vectors = PassageVectors.build(snapshot.passages(), embedder,
                    VectorCache.inMemory(model.id(), embedder.dimensions()));
            double buildMs = (System.nanoTime() - start) / 1e6;
            VectorIndex index = VectorIndex.build(vectors);
            System.out.printf("%s: load %.0f ms, %d windows embedded in %.0f ms%n", model.id(), loadMs, vectors.size(), buildMs);
            List<Double> queryMs = new ArrayList<>();
            double[] weights = {0.5, 1, 1.5, 2, 3};
            for (var set : sets.entrySet()) {
                int dense = 0;
                int[] fused = new int[weights.length];
                for (EvalCase c : set.getValue()) {
                    long q0 = System.nanoTime();
                    float[] query = embedder.query(c.question());
                    queryMs.add((System.nanoTime() - q0) / 1e6);
                    List<Integer> near = new ArrayList<>(index.nearest(query, DEPTH).keySet());
                    dense += hit(c, texts(snapshot, near, 3)) ? 1 : 0;
                    List<Integer> lexical = lexical(snapshot, c.question());
                    for (int w = 0; w < weights.length; w++) {
                        fused[w] += hit(c, texts(snapshot, fuse(lexical, near, weights[w]), 3)) ? 1 : 0;
                    }
                }
                System.out.printf("%-22s %-28s %d/%d%n", set.getKey(), model.id() + " dense", dense, set.getValue().size());
                for (int w = 0; w < weights.length; w++) {
                    System.out.printf("%-22s %-28s %d/%d%n", set.getKey(), "fused, dense weight " + weights[w], fused[w],
                            set.getValue().size());
                }
            }
            double[] sorted = queryMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%s: query embedding median %.1f ms, p99 %.1f ms over %d questions%n", model.id(),
                    sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
                    sorted.length);
            embedder.close();
        }
    }

    private static List<Integer> lexical(KnowledgeSnapshot snapshot, String question) {
        UnderstoodQuestion understood = snapshot.reader().read(question, List.of());
        return Diversifier.diversify(snapshot.retriever().search(snapshot.queries().build(understood), DEPTH), snapshot.passages())
                .stream().map(Hit::ordinal).toList();
    }

    static List<Integer> fuse(List<Integer> lexical, List<Integer> dense, double denseWeight) {
        Map<Integer, Double> score = new HashMap<>();
        for (int r = 0; r < lexical.size(); r++) {
            score.merge(lexical.get(r), 1.0 / (RRF_K + r + 1), Double::sum);
        }
        for (int r = 0; r < dense.size(); r++) {
            score.merge(dense.get(r), denseWeight / (RRF_K + r + 1), Double::sum);
        }
        return score.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> texts(KnowledgeSnapshot snapshot, List<Integer> ordinals, int n) {
        return ordinals.stream().limit(n).map(o -> snapshot.passages().get(o).text()).toList();
    }

    private static boolean hit(EvalCase c, List<String> top) {
        return c.evidence().stream().anyMatch(p -> top.stream().anyMatch(t -> Phrase.occursIn(p, t)));
    }

    private RetrievalComparison() {
    }

}
