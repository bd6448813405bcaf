package dev.stackbot.answer;

import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.KnowledgeLoader;
import dev.stackbot.synthetic.SyntheticKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost against size: synthetic knowledge of 1k, 10k and 100k passages (files written once per fork),
 * answer latency uncached, snapshot build in memory and reload from the files. The heap is capped at
 * 512 MB, the 100k heap target, so a build that needs more fails here instead of passing quietly.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ScaleBenchmark {

    @Param({"1000", "10000", "100000"})
    public int passages;

    private Path dir;
    private List<String> questions;
    private Knowledge knowledge;
    private KnowledgeSnapshot snapshot;
    private int next;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("stackbot-scale-");
        SyntheticKnowledge.Generated generated = SyntheticKnowledge.write(SyntheticKnowledge.Spec.ofPassages(passages), dir);
        questions = generated.questions();
        knowledge = new KnowledgeLoader().load(dir);
        snapshot = new SnapshotBuilder().build(knowledge);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        snapshot = null;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The passage count the snapshot really has (near-duplicates merged), reported next to each build time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Built {
        public long indexedPassages;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Answer answerUncached() {
        next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
        return Answerer.answer(snapshot, questions.get(next % questions.size()), List.of());
    }

    /** Split, merge near-duplicates, place the evidence, index: everything after the files are read. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public KnowledgeSnapshot buildInMemory(Built built) {
        KnowledgeSnapshot built1 = new SnapshotBuilder().build(knowledge);
        built.indexedPassages += built1.passages().size();
        return built1;
    }

    /** The whole reload path: list, read and check every file, then build. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public KnowledgeSnapshot buildFromFiles() {
        return new SnapshotBuilder().build(dir);
    }
}
