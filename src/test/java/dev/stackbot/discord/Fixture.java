package dev.stackbot.discord;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The knowledge the end-to-end tests serve: the small test fixture when there is one, else the shipped knowledge. */
final class Fixture {

    private Fixture() {
    }

    /** The real engine over a knowledge directory, as the bot gets it from the composition root. */
    static BotEngine botEngine(Path knowledgeDir) {
        LiveKnowledge live = LiveKnowledge.open(knowledgeDir);
        return BotEngine.of(new AskService(live), live);
    }

    static Path knowledgeDir() {
        Path fixture = Path.of("src/test/resources/knowledge-fixture");
        return Files.isDirectory(fixture) ? fixture : Path.of("knowledge");
    }

    /** A private copy to break or change in reload tests. */
    static Path copyTo(Path target) {
        Path source = knowledgeDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
