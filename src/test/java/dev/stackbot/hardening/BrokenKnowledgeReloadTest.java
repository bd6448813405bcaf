package dev.stackbot.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Broken knowledge on reload: rejected with file and line, the previous snapshot keeps serving")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class BrokenKnowledgeReloadTest {

    private static final String QUESTION = "is rust faster than go?";

    @TempDir
    Path temp;

    /** One way to break a knowledge directory, and where the reload must say the problem is. */
    enum Breakage {
        BAD_YAML("aspects.yaml:", true, (dir, outside) -> Fixtures.edit(dir.resolve("aspects.yaml"), "    label: concurrency", "    label: [concurrency")),
        MISSING_FIELD("rules.yaml:2:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), "    summary: for raw speed\n", "")),
        UNKNOWN_ENTITY("rules.yaml:4:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), "between: [rust, go]", "between: [rust, zig]")),
        UNKNOWN_ASPECT("rules.yaml:19:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), "aspect: learning-curve", "aspect: vibes")),
        QUOTE_NOT_IN_SOURCE("rules.yaml:11:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), "usually faster than Go services", "always faster than Go services")),
        DUPLICATE_RULE_ID("rules.yaml:18:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), "  - id: learning", "  - id: speed")),
        DUPLICATE_SOURCE_ID("sources/gophers-weekly", true, (dir, outside) -> copy(dir.resolve("sources/gophers-weekly.md"), dir.resolve("sources/gophers-weekly-copy.md"))),
        EMPTY_FILE("sources/empty.md", true, (dir, outside) -> write(dir.resolve("sources/empty.md"), "  \n".getBytes(StandardCharsets.UTF_8))),
        BINARY_FILE("sources/image.md:2:", true, (dir, outside) -> write(dir.resolve("sources/image.md"), new byte[] {'-', '-', '-', '\n', 0, 1, 2})),
        HUGE_FILE("sources/huge.md", true, (dir, outside) -> write(dir.resolve("sources/huge.md"), "a".repeat(2 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8))),
        SYMLINK_OUT("sources/link.md", true, (dir, outside) -> link(dir.resolve("sources/link.md"), outside)),
        BAD_ENCODING("sources/latin1.md:3:", true, (dir, outside) -> write(dir.resolve("sources/latin1.md"), "---\nid: l\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))),
        RULE_WITHOUT_EVIDENCE("rules.yaml:36:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), """
                    evidence:
                      - source: gophers-weekly
                        side: go
                        quote: "Go makes concurrency simple with goroutines and channels."
                      - source: rustacean-digest
                        side: rust
                        quote: "Rust prevents data races at compile time, which makes concurrent code safer than in Go."
                """, "    evidence: []\n")),
        CONFLICTING_ALIASES("entities.yaml:7:", true, (dir, outside) -> Fixtures.edit(dir.resolve("entities.yaml"), "aliases: [rustlang, cargo]", "aliases: [rustlang, cargo, Golang]")),
        FAVORS_WITHOUT_SUPPORT("rules.yaml:35:", true, (dir, outside) -> Fixtures.edit(dir.resolve("rules.yaml"), "verdict: contested", "verdict: favors\n    winner: go")),
        NO_FRONT_MATTER("sources/plain.md:1:", true, (dir, outside) -> write(dir.resolve("sources/plain.md"), "Just text, no front matter at all.\n".getBytes(StandardCharsets.UTF_8))),
        FRONT_MATTER_MISSING_PUBLISHER("sources/anon.md:", true, (dir, outside) -> write(dir.resolve("sources/anon.md"),
                "---\nid: anon\ntitle: Anonymous\nkind: blog\n---\nRust and Go are both used for network services today.\n".getBytes(StandardCharsets.UTF_8))),
        UNKNOWN_SECTION("aspects.yaml:", true, (dir, outside) -> Fixtures.edit(dir.resolve("aspects.yaml"), "aspects:\n", "colours: [red]\naspects:\n")),
        DIRECTORY_DELETED("knowledge", false, (dir, outside) -> deleteTree(dir));

        final String where;
        final boolean hasLine;
        final Breaker breaker;

        Breakage(String where, boolean hasLine, Breaker breaker) {
            this.where = where;
            this.hasLine = hasLine;
            this.breaker = breaker;
        }
    }

    /** Breaks the directory; {@code outside} is a readable file outside it, for links. */
    interface Breaker {
        void breakIn(Path dir, Path outside) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Breakage.class)
    @DisplayName("a broken directory is rejected on reload, and the same answer keeps coming from the same version")
    void rejectedAndServingContinues(Breakage breakage) throws IOException {
        // given: a serving engine and its answer before the breakage
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        Path outside = Files.writeString(temp.resolve("secret.md"), "---\nid: s\ntitle: S\npublisher: P\nkind: k\n---\nsecret text here\n");
        LiveKnowledge live = LiveKnowledge.open(dir);
        AskService ask = new AskService(live, 0);
        Answer before = ask.ask(QUESTION);
        String version = live.version();
        assertThat(before.covered()).isTrue();

        // when
        breakage.breaker.breakIn(dir, outside);
        ReloadResult result = live.reload();

        // then: rejected, with the file (and line, where the problem has one) in the errors
        assertThat(result.swapped()).isFalse();
        assertThat(result.afterVersion()).isEqualTo(version);
        assertThat(result.errors()).anySatisfy(error -> {
            assertThat(error).contains(breakage.where);
            if (breakage.hasLine) {
                assertThat(error).containsPattern("^[^:]+:[1-9][0-9]*: ");
            }
        });
        // and the previous snapshot keeps serving the same answer
        Answer after = ask.ask(QUESTION);
        assertThat(live.version()).isEqualTo(version);
        assertThat(after).isEqualTo(before);
        assertThat(AnswerChecks.problems(after, live.current())).isEmpty();
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
