package dev.stackbot.semantic;

import dev.stackbot.passage.Passage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded windows of every passage of a snapshot: window i belongs to passage {@code passageOf[i]}.
 * Built with the vector cache, so only new or changed passages are embedded.
 */
public record PassageVectors(String modelId, int[] passageOf, List<float[]> vectors) {

    private static final Logger LOG = LoggerFactory.getLogger(PassageVectors.class);
    /** A first build of a large knowledge base takes minutes: say how far it is at this pace. */
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    public PassageVectors {
        vectors = List.copyOf(vectors);
    }

    /** Embeds the windows of the passages, reading and filling the cache (the caller saves it). */
    public static PassageVectors build(List<Passage> passages, Embedder embedder, VectorCache cache) {
        List<Integer> owners = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        for (int ordinal = 0; ordinal < passages.size(); ordinal++) {
            for (String window : SentenceWindows.of(passages.get(ordinal).text())) {
                float[] cached = cache.get(window);
                if (cached == null) {
                    missing.add(window);
                    missingAt.add(vectors.size());
                }
                owners.add(ordinal);
                vectors.add(cached);
            }
        }
        if (!missing.isEmpty()) {
            embedMissing(embedder, cache, vectors, missing, missingAt);
        }
        int[] passageOf = owners.stream().mapToInt(Integer::intValue).toArray();
        return new PassageVectors(embedder.modelId(), passageOf, vectors);
    }

    private static void embedMissing(Embedder embedder, VectorCache cache, List<float[]> vectors,
                                     List<String> missing, List<Integer> missingAt) {
        long start = System.nanoTime();
        long lastReport = start;
        boolean reported = false;
        for (int i = 0; i < missing.size(); i++) {
            float[] vector = embedder.passages(List.of(missing.get(i))).get(0);
            vectors.set(missingAt.get(i), cache.put(missing.get(i), vector));
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_NANOS) {
                lastReport = now;
                reported = true;
                double perSecond = (i + 1) / ((now - start) / 1e9);
                LOG.info("embedding passages: {}/{} ({} a second, about {} s left)", i + 1, missing.size(),
                        Math.round(perSecond), Math.round((missing.size() - i - 1) / perSecond));
            }
        }
        if (reported) {
            LOG.info("embedded {} passage windows in {} s", missing.size(), Math.round((System.nanoTime() - start) / 1e9));
        }
    }

    public int size() {
        return passageOf.length;
    }

    /** A hash of the model and of every window's passage and vector: the same key, the same index. */
    public String contentKey() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(modelId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(4 + 4 * (vectors.isEmpty() ? 0 : vectors.get(0).length));
            for (int i = 0; i < passageOf.length; i++) {
                buffer.clear();
                buffer.putInt(passageOf[i]);
                for (float x : vectors.get(i)) {
                    buffer.putFloat(x);
                }
                digest.update(buffer.array(), 0, buffer.position());
            }
            return java.util.HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
