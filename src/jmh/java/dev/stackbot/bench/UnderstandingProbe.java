package dev.stackbot.bench;

import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import dev.stackbot.evaluation.EvalCase;
import dev.stackbot.evaluation.Evaluator;
import dev.stackbot.index.VectorIndex;
import dev.stackbot.knowledge.Aspect;
import dev.stackbot.question.AspectMeanings;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.OnnxEmbedder;
import dev.stackbot.semantic.PassageVectors;
import dev.stackbot.semantic.VectorCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints, per question, the signal aspect, the closest aspects by meaning and the closest passage. */
public final class UnderstandingProbe {
    public static void main(String[] args) throws Exception {
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(Path.of("knowledge"));
        EmbeddingModel model = EmbeddingModel.named(System.getProperty("model", "bge-small-en-v1.5-q"));
        OnnxEmbedder embedder = OnnxEmbedder.load(model);
        VectorIndex index = VectorIndex.build(PassageVectors.build(snapshot.passages(), embedder,
                VectorCache.inMemory(model.id(), embedder.dimensions())));
        List<List<float[]>> vectors = new ArrayList<>();
        for (Aspect aspect : snapshot.knowledge().aspects()) {
            vectors.add(embedder.passages(AspectMeanings.texts(aspect)));
        }
        AspectMeanings meanings = new AspectMeanings(snapshot.knowledge().aspects(), vectors);
        for (String arg : args) {
            for (EvalCase c : Evaluator.read(Path.of(arg))) {
                UnderstoodQuestion u = snapshot.reader().read(c.question(), List.of());
                float[] q = embedder.query(c.question());
                float[] qs = embedder.passages(List.of(c.question())).get(0);
                var near = index.nearest(q, 1);
                var ranked = meanings.rank(qs);
                StringBuilder top = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    top.append(String.format("%s %.3f  ", ranked.get(i).aspect().id(), ranked.get(i).similarity()));
                }
                System.out.printf("%-8s %-13s cov=%s sig=%-16s near=%.3f | %s| %s %s | %s%n", c.id(), c.category(),
                        c.covered() == null ? "?" : c.covered(), u.aspect() == null ? "-" : u.aspect().id(),
                        near.values().stream().findFirst().orElse(0f), top, c.kinds(), c.winner() == null ? "" : c.winner(),
                        c.question().length() > 70 ? c.question().substring(0, 70) : c.question());
            }
        }
    }
}
