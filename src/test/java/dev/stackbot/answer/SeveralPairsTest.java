package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Knowledge of several pairs: a question naming none asks which pair")
final class SeveralPairsTest {

    /** The shipped Node-vs-Python knowledge with the Go-vs-Rust fixture beside it, in one directory. */
    private static Path twoPairs(Path parent) throws IOException {
        Path dir = Fixtures.copy(Fixtures.SHIPPED, parent);
        Path fixture = Fixtures.FIXTURE;
        try (var sources = Files.list(fixture.resolve("sources"))) {
            for (Path source : sources.toList()) {
                Files.copy(source, dir.resolve("sources").resolve(source.getFileName()));
            }
        }
        // the shipped knowledge lists Go and Rust among the technologies it has no sources on: now it has
        Path entities = dir.resolve("entities.yaml");
        Files.writeString(entities, Files.readString(entities)
                .replace("  - {name: Go, case_sensitive: true}\n", "").replace("  - Golang\n", "").replace("  - Rust\n", ""));
        String goRust = Files.readString(fixture.resolve("entities.yaml")).replaceAll("(?s)others:.*", "")
                // its speed rule only: the shipped promotional patterns cut the sentence another rule quotes
                + Files.readString(fixture.resolve("rules.yaml")).replaceAll("(?s)\\n  - id: learning.*", "\n")
                        .replace("- id: ", "- id: gorust-");
        Files.writeString(dir.resolve("go-rust.yaml"), goRust);
        return dir;
    }

    @TempDir
    Path temp;

    @Test
    @DisplayName("no name: a short reply listing the pairs; a named pair is answered as usual")
    void asksWhichPair() throws IOException {
        AskService ask = new AskService(LiveKnowledge.open(twoPairs(temp)));

        Answer unnamed = ask.ask("which one is faster?");
        Answer named = ask.ask("is go faster than rust?");

        assertThat(unnamed.covered()).isFalse();
        assertThat(unnamed.text()).startsWith("Which technologies do you mean?").contains("Node.js vs Python")
                .containsAnyOf("Go vs Rust", "Rust vs Go");
        assertThat(named.covered()).isTrue();
        assertThat(named.subjects()).contains("go", "rust");
    }
}
