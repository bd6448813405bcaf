package dev.stackbot.answer;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;

/** Reload of the shipped knowledge: read, validate, split, index and swap, as {@code /reload} does. */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReloadBenchmark {

    private LiveKnowledge live;
    /** The same with the semantic layer: a reload of unchanged knowledge reads every vector from the cache. */
    private LiveKnowledge semanticLive;

    @Setup(Level.Trial)
    public void open() throws java.io.IOException {
        live = LiveKnowledge.open(Path.of("knowledge"));
        Path vectors = java.nio.file.Files.createTempDirectory("stackbot-bench-vectors");
        semanticLive = LiveKnowledge.open(Path.of("knowledge"),
                dev.stackbot.semantic.Semantics.load(dev.stackbot.semantic.EmbeddingModel.MINILM, vectors));
    }

    /** A reload of unchanged knowledge with the model on: nothing is embedded again. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ReloadResult warmReloadSemantic() {
        ReloadResult result = semanticLive.reload();
        if (!result.swapped()) {
            throw new IllegalStateException("the shipped knowledge must reload: " + result.errors());
        }
        return result;
    }

    /** A reload in a process that has served for a while (the JIT has seen reloads before). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ReloadResult warmReload() {
        ReloadResult result = live.reload();
        if (!result.swapped()) {
            throw new IllegalStateException("the shipped knowledge must reload: " + result.errors());
        }
        return result;
    }

    /** The first reload of a fresh process: nothing compiled yet (the worst case, e.g. right after start). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public ReloadResult firstReload() {
        return live.reload();
    }
}
