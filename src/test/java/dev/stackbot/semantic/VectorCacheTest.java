package dev.stackbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Vector cache: vectors by model and text hash, kept between runs, never trusted when broken")
final class VectorCacheTest {

    @TempDir
    Path dir;

    private static float[] vector(float first) {
        return new float[] {first, 0.25f, -0.5f};
    }

    @Test
    @DisplayName("a saved vector comes back after reopening, equal to what put returned")
    void roundTrip() {
        VectorCache cache = VectorCache.open(dir, "model-a", 3);
        cache.startBuild();
        float[] kept = cache.put("Node.js is fast.", vector(0.1f));
        cache.save();

        VectorCache reopened = VectorCache.open(dir, "model-a", 3);

        assertThat(reopened.get("Node.js is fast.")).containsExactly(kept);
        assertThat(reopened.get("Python is readable.")).isNull();
    }

    @Test
    @DisplayName("another model's file, or another dimension, is not read as this model's vectors")
    void modelIsPartOfTheKey() {
        VectorCache cache = VectorCache.open(dir, "model-a", 3);
        cache.put("text", vector(1));
        cache.save();

        assertThat(VectorCache.open(dir, "model-b", 3).get("text")).isNull();
        assertThat(VectorCache.open(dir, "model-a", 4).get("text")).isNull();
    }

    @Test
    @DisplayName("a truncated or garbage file gives an empty cache, and the next save repairs it")
    void brokenFileIsIgnored() throws IOException {
        VectorCache cache = VectorCache.open(dir, "model-a", 3);
        cache.put("text", vector(1));
        cache.save();
        Path file = Files.list(dir).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));

        VectorCache broken = VectorCache.open(dir, "model-a", 3);
        assertThat(broken.get("text")).isNull();
        broken.put("text", vector(1));
        broken.save();

        assertThat(VectorCache.open(dir, "model-a", 3).get("text")).isNotNull();
    }

    @Test
    @DisplayName("a save keeps only the vectors the last build used")
    void savePrunesUnused() {
        VectorCache cache = VectorCache.open(dir, "model-a", 3);
        cache.startBuild();
        cache.put("old passage", vector(1));
        cache.put("kept passage", vector(2));
        cache.save();
        cache.startBuild();
        assertThat(cache.get("kept passage")).isNotNull();
        cache.save();

        VectorCache reopened = VectorCache.open(dir, "model-a", 3);

        assertThat(reopened.get("kept passage")).isNotNull();
        assertThat(reopened.get("old passage")).isNull();
        assertThat(reopened.size()).isEqualTo(1);
    }
}
