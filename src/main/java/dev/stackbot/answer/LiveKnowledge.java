package dev.stackbot.answer;

import dev.stackbot.knowledge.KnowledgeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The snapshot now serving, swapped atomically on reload. Questions read it once and finish on it.
 */
public final class LiveKnowledge {

    private final Path dir;
    private final SnapshotBuilder builder;
    private final AtomicReference<KnowledgeSnapshot> current;

    private LiveKnowledge(Path dir, SnapshotBuilder builder, KnowledgeSnapshot first) {
        this.dir = dir;
        this.builder = builder;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Builds the first snapshot of a directory.
     *
     * @throws KnowledgeException listing every error when the directory cannot be served
     */
    public static LiveKnowledge open(Path dir) {
        return open(dir, null);
    }

    /**
     * Builds the first snapshot of a directory with the semantic layer, or lexically when {@code semantics} is null.
     *
     * @throws KnowledgeException listing every error when the directory cannot be served
     */
    public static LiveKnowledge open(Path dir, dev.stackbot.semantic.Semantics semantics) {
        SnapshotBuilder builder = new SnapshotBuilder(semantics);
        return new LiveKnowledge(dir, builder, builder.build(dir));
    }

    /** The snapshot serving now. */
    public KnowledgeSnapshot current() {
        return current.get();
    }

    /** Re-reads the directory this was opened on; on any error the old snapshot keeps serving. Never throws. */
    public synchronized ReloadResult reload() {
        KnowledgeSnapshot before = current.get();
        long start = System.nanoTime();
        try {
            KnowledgeSnapshot after = builder.build(dir);
            current.set(after);
            return new ReloadResult(true, List.of(), before.stats(), after.stats(), before.version(), after.version(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (KnowledgeException e) {
            return failed(before, start, e.errors().stream().map(Object::toString).toList());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // an unexpected failure must not take the serving snapshot with it
            return failed(before, start, List.of(dir + ": reload failed: " + e));
        }
    }

    private static ReloadResult failed(KnowledgeSnapshot before, long start, List<String> errors) {
        return new ReloadResult(false, errors, before.stats(), before.stats(), before.version(), before.version(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Version of the snapshot now serving. */
    public String version() {
        return current.get().version();
    }
}
