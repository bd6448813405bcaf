package dev.stackbot.answer;

import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.OnnxEmbedder;
import dev.stackbot.semantic.Semantics;

import dev.stackbot.bench.BenchQuestions;
import dev.stackbot.bench.Bm25Baseline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency on the shipped knowledge, warm: uncached, cached, and the plain-BM25 baseline, over
 * the same question stream (each call asks the next question, so percentiles cover the whole mix).
 *
 * <p>It lives in {@code dev.stackbot.answer} to call {@link Answerer#answer} directly: that is the
 * work a cache miss costs, without a cache that would hide it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AnswerBenchmark {

    private List<String> questions;
    private KnowledgeSnapshot snapshot;
    /** The same knowledge with the semantic layer; no question vector is kept, so every ask embeds its question. */
    private KnowledgeSnapshot semanticSnapshot;
    private AskService semanticCached;
    private AskService cached;
    private AskService noCache;
    private Bm25Baseline baseline;

    /** Each thread walks the question stream on its own, starting at a different place. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().threadId() * 7);
        }

        String pick(List<String> questions) {
            next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
            return questions.get(next % questions.size());
        }
    }

    @Setup(Level.Trial)
    public void load() {
        Path dir = Path.of("knowledge");
        questions = BenchQuestions.shipped();
        LiveKnowledge live = LiveKnowledge.open(dir);
        snapshot = live.current();
        cached = new AskService(live);
        // size 0: every ask goes through Caffeine and misses, so this is the cost a user sees on a new question
        noCache = new AskService(live, 0);
        questions.forEach(cached::ask);
        baseline = Bm25Baseline.over(dir);
        Semantics semantics = new Semantics(OnnxEmbedder.load(EmbeddingModel.MINILM), null, 0);
        LiveKnowledge semanticLive = LiveKnowledge.open(dir, semantics);
        semanticSnapshot = semanticLive.current();
        semanticCached = new AskService(semanticLive);
        questions.forEach(semanticCached::ask);
    }

    /** A new question with the model on: its embedding, both rankings fused, the needs by meaning. */
    @Benchmark
    public Answer uncachedSemantic(Cursor cursor) {
        return Answerer.answer(semanticSnapshot, cursor.pick(questions), List.of());
    }

    /** 10,000 characters of joined needs ("node and python and …"), each time new: the worst a message can cost. */
    @Benchmark
    public Answer uncachedSemanticHostile(Cursor cursor) {
        return Answerer.answer(semanticSnapshot, HOSTILE + cursor.pick(questions), List.of());
    }

    private static final String HOSTILE = "node and python and websocket, but also \u0007\u001b[31m \uD83D\uDE00 ".repeat(200);

    @Benchmark
    public Answer cachedSemantic(Cursor cursor) {
        return semanticCached.ask(cursor.pick(questions));
    }

    @Benchmark
    public Answer uncached(Cursor cursor) {
        return Answerer.answer(snapshot, cursor.pick(questions), List.of());
    }

    @Benchmark
    public Answer uncachedThroughAskService(Cursor cursor) {
        return noCache.ask(cursor.pick(questions));
    }

    @Benchmark
    public Answer cached(Cursor cursor) {
        return cached.ask(cursor.pick(questions));
    }

    @Benchmark
    public List<String> baselineBm25(Cursor cursor) {
        return baseline.top3(cursor.pick(questions));
    }

    /** Answers per second with both cores busy, nothing cached. */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Answer throughputUncached2Threads(Cursor cursor) {
        return Answerer.answer(snapshot, cursor.pick(questions), List.of());
    }
}
