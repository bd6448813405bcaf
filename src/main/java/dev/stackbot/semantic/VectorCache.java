package dev.stackbot.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vectors already computed, on disk, by model id and the SHA-256 of the text: a reload or a restart
 * never embeds an unchanged passage again. One file per model; written whole to a temporary file and
 * moved into place, so a crash never leaves half a cache. A file that cannot be read is ignored (the
 * vectors are computed again), never trusted.
 */
public final class VectorCache {

    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    private static final int MAGIC = 0x53425643; // "SBVC"
    private static final int FORMAT = 1;

    private final Path file;
    private final String modelId;
    private final int dimensions;
    private final Map<String, float[]> stored;
    /** The vectors asked for since the build began: what the next save keeps, so the file holds the last build's vectors. */
    private final Map<String, float[]> used = new LinkedHashMap<>();
    private boolean changed;

    private VectorCache(Path file, String modelId, int dimensions, Map<String, float[]> stored) {
        this.file = file;
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.stored = stored;
    }

    /** A cache kept nowhere: every vector is computed (tests, and a data directory that cannot be written). */
    public static VectorCache inMemory(String modelId, int dimensions) {
        return new VectorCache(null, modelId, dimensions, new HashMap<>());
    }

    /** Opens the cache of a model under {@code dir}; missing or unreadable files give an empty cache. */
    public static VectorCache open(Path dir, String modelId, int dimensions) {
        Path file = dir.resolve(modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors");
        Map<String, float[]> stored = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                read(new DataInputStream(new BufferedInputStream(in, 1 << 16)), modelId, dimensions, stored);
            } catch (IOException | RuntimeException e) {
                LOG.warn("vector cache {} is unreadable ({}); its vectors will be computed again", file, e.toString());
                stored.clear();
            }
        }
        return new VectorCache(file, modelId, dimensions, stored);
    }

    private static void read(DataInputStream in, String modelId, int dimensions, Map<String, float[]> into)
            throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(modelId) || in.readInt() != dimensions) {
            throw new IOException("not a vector cache of " + modelId);
        }
        int count = in.readInt();
        byte[] hash = new byte[32];
        for (int i = 0; i < count; i++) {
            in.readFully(hash);
            float[] vector = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                vector[d] = Float.float16ToFloat(in.readShort());
            }
            into.put(HexFormat.of().formatHex(hash), vector);
        }
        if (in.read() != -1) {
            throw new EOFException("trailing bytes");
        }
    }

    /** Starts counting the vectors one snapshot build uses: the others are dropped at the next save. */
    public synchronized void startBuild() {
        used.clear();
    }

    /** The cached vector of a text, or null. */
    public synchronized float[] get(String text) {
        String key = key(text);
        float[] vector = stored.get(key);
        if (vector != null) {
            used.put(key, vector);
        }
        return vector;
    }

    /**
     * Keeps a computed vector and returns it as the cache will give it back: in half precision, so an
     * answer is the same whether its vectors were computed now or read from the file.
     */
    public synchronized float[] put(String text, float[] vector) {
        String key = key(text);
        float[] kept = new float[vector.length];
        for (int d = 0; d < kept.length; d++) {
            kept[d] = Float.float16ToFloat(Float.floatToFloat16(vector[d]));
        }
        stored.put(key, kept);
        used.put(key, kept);
        changed = true;
        return kept;
    }

    /** How many vectors the file held when opened, or has been given since. */
    public synchronized int size() {
        return stored.size();
    }

    /**
     * Writes the vectors used since opening, when any was new or some stored one went unused. A cache that
     * cannot be written costs only time on the next start: it is logged, not thrown.
     */
    public synchronized void save() {
        boolean pruned = stored.keySet().retainAll(used.keySet());
        if (file == null || (!changed && !pruned)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeInt(dimensions);
                out.writeInt(used.size());
                for (Map.Entry<String, float[]> entry : used.entrySet()) {
                    out.write(HexFormat.of().parseHex(entry.getKey()));
                    // half precision: a cosine moves by about 1e-3, and the file is half the size
                    for (float x : entry.getValue()) {
                        out.writeShort(Float.floatToFloat16(x));
                    }
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            changed = false;
        } catch (IOException | RuntimeException e) {
            LOG.warn("vector cache {} cannot be written ({}); the next start computes its vectors again", file, e.toString());
        }
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
