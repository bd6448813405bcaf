package dev.stackbot.answer;

import dev.stackbot.knowledge.KnowledgeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

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
    public ReloadResult reload() {
        return reload(candidate -> Optional.empty());
    }

    /**
     * Re-reads the directory and serves what it built only if {@code objection} has none: a process of a cluster
     * swaps only to the version the cluster asked for, and the one that received /reload only once it could tell
     * the others. The candidate is never served before that, so no half-accepted snapshot answers anyone. An
     * objection is reported as the result's one error; the old snapshot keeps serving. Never throws.
     *
     * @param objection given the valid snapshot just built, the reason not to serve it, or empty to serve it; it
     *                  runs while this holds its reload lock, so nothing else swaps in between
     */
    public synchronized ReloadResult reload(Function<KnowledgeSnapshot, Optional<String>> objection) {
        KnowledgeSnapshot before = current.get();
        long start = System.nanoTime();
        try {
            KnowledgeSnapshot after = builder.build(dir);
            Optional<String> refused = objection.apply(after);
            if (refused.isPresent()) {
                return failed(before, start, List.of(refused.get()));
            }
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

    /** The directory this reloads from. */
    public Path dir() {
        return dir;
    }

    /** Version of the snapshot now serving. */
    public String version() {
        return current.get().version();
    }
}
