package dev.stackbot.semantic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stackbot.passage.Passage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The semantic layer of one process: the loaded model, its on-disk vector cache and a cache of question
 * vectors. Shared by every snapshot the process builds, so a reload neither reloads the model nor
 * re-embeds an unchanged passage. Thread-safe.
 */
public final class Semantics implements AutoCloseable {

    /** Question vectors kept: each costs 1.5 KB; a busy server's distinct questions of a day fit. */
    static final int QUERY_CACHE_SIZE = 20_000;

    private final Embedder embedder;
    private final Path cacheDir;
    private final Cache<String, float[]> queries;
    /** Opened on the first build and kept: a reload reads no file, and embeds only what changed. */
    private VectorCache vectors;

    /**
     * @param cacheDir where passage vectors are kept between runs; null keeps them in memory only
     */
    public Semantics(Embedder embedder, Path cacheDir) {
        this(embedder, cacheDir, QUERY_CACHE_SIZE);
    }

    /** @param questionCache question vectors kept (0: every question is embedded, as benchmarks of new questions want) */
    public Semantics(Embedder embedder, Path cacheDir, int questionCache) {
        this.embedder = embedder;
        this.cacheDir = cacheDir;
        this.queries = Caffeine.newBuilder().maximumSize(questionCache).build();
    }

    /**
     * Loads a shipped model.
     *
     * @throws SemanticUnavailableException when it cannot run here (its message says why)
     */
    public static Semantics load(EmbeddingModel model, Path cacheDir) {
        return new Semantics(OnnxEmbedder.load(model), cacheDir);
    }

    /** Where the passages' vector graphs are kept between runs, or null to build them in memory. */
    public Path graphDir() {
        return cacheDir == null ? null : cacheDir.resolve("graphs");
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** The vector of a question; questions differing only in case and spacing share one. */
    public float[] question(String text) {
        String key = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return queries.get(key, embedder::query);
    }

    /**
     * The vectors one snapshot needs: the window vectors of its passages and those of other short texts
     * (aspect descriptions and examples), read from the vector cache where they are already there; the
     * cache file is then rewritten with exactly these when anything changed.
     */
    public synchronized SnapshotVectors vectorsFor(List<Passage> passages, List<String> texts) {
        if (vectors == null) {
            vectors = cacheDir == null ? VectorCache.inMemory(embedder.modelId(), embedder.dimensions())
                    : VectorCache.open(cacheDir, embedder.modelId(), embedder.dimensions());
        }
        vectors.startBuild();
        PassageVectors windows = PassageVectors.build(passages, embedder, vectors);
        List<float[]> other = new java.util.ArrayList<>(texts.size());
        for (String text : texts) {
            float[] cached = vectors.get(text);
            other.add(cached != null ? cached : vectors.put(text, embedder.passages(List.of(text)).get(0)));
        }
        vectors.save();
        return new SnapshotVectors(windows, other);
    }

    /** What {@link #vectorsFor} gives: passage windows, and the other texts' vectors in the order asked. */
    public record SnapshotVectors(PassageVectors windows, List<float[]> texts) {
        public SnapshotVectors {
            texts = List.copyOf(texts);
        }
    }

    @Override
    public void close() {
        embedder.close();
    }
}
