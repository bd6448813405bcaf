package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
@DisplayName("Health file: fresh while the gateway is connected")
final class HealthFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("while healthy each beat creates or freshens the file; while not, it is left to go stale")
    void touchesOnlyWhenHealthy() throws Exception {
        // given a health file that is an hour old
        Path file = dir.resolve("health");
        AtomicBoolean connected = new AtomicBoolean(false);
        HealthFile health = new HealthFile(file, connected::get);
        // when disconnected, nothing is written
        assertThat(health.beat()).isFalse();
        assertThat(file).doesNotExist();
        // when connected, the file appears and is freshened
        connected.set(true);
        assertThat(health.beat()).isTrue();
        assertThat(file).exists();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(health.beat()).isTrue();
        assertThat(Files.getLastModifiedTime(file).toInstant()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    @DisplayName("a file that cannot be written never throws: health reporting must not hurt serving")
    void unwritableNeverThrows() {
        HealthFile health = new HealthFile(dir.resolve("missing-dir/health"), () -> true);
        assertThat(health.beat()).isFalse();
    }
}
