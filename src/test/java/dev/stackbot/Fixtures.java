package dev.stackbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test knowledge directories: the tiny Go-vs-Rust fixture and the shipped knowledge, copied where a test may break them. */
public final class Fixtures {

    /** The tiny fixture knowledge (Go vs Rust), read-only. */
    public static final Path FIXTURE = Path.of("src/test/resources/knowledge-fixture");
    /** The knowledge the product ships. */
    public static final Path SHIPPED = Path.of("knowledge");

    private Fixtures() {
    }

    /** A copy of {@code source} under {@code parent}, to be changed by the test. */
    public static Path copy(Path source, Path parent) {
        Path target = parent.resolve("knowledge");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file, failing loudly when it is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
