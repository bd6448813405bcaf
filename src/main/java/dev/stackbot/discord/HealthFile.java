package dev.stackbot.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file whose modification time says "the gateway was connected a moment ago", for a container
 * HEALTHCHECK or a watchdog: touched on every beat while connected, left to go stale otherwise.
 */
public final class HealthFile {

    private static final Logger LOG = LoggerFactory.getLogger(HealthFile.class);

    private final Path file;
    private final BooleanSupplier healthy;

    public HealthFile(Path file, BooleanSupplier healthy) {
        this.file = file;
        this.healthy = healthy;
    }

    /** Touches the file when healthy; returns whether it did. Never throws: health reporting must not hurt serving. */
    public boolean beat() {
        if (!healthy.getAsBoolean()) {
            return false;
        }
        try {
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } else {
                Files.writeString(file, "ok\n");
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot touch health file {}: {}", file, e.toString());
            return false;
        }
    }
}
