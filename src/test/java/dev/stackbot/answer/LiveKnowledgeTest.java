package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reload: all or nothing")
final class LiveKnowledgeTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("a broken directory keeps the old snapshot serving and lists the errors with file:line")
    void brokenKeepsOld() {
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        LiveKnowledge live = LiveKnowledge.open(dir);
        AskService ask = new AskService(live);
        String before = ask.ask("is rust faster than go?").text();
        Fixtures.edit(dir.resolve("rules.yaml"), "usually faster than Go", "always faster than Go");

        ReloadResult result = live.reload();

        assertThat(result.swapped()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e).startsWith("rules.yaml:11: quote not found"));
        assertThat(result.afterVersion()).isEqualTo(result.beforeVersion());
        assertThat(ask.ask("is rust faster than go?").text()).isEqualTo(before);
    }

    @Test
    @DisplayName("a changed directory is swapped in whole, with counts before and after")
    void changedSwaps() {
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        LiveKnowledge live = LiveKnowledge.open(dir);
        AskService ask = new AskService(live);
        assertThat(ask.ask("is rust faster than go?").verdict().summary()).isEqualTo("Rust — for raw speed");
        Fixtures.edit(dir.resolve("rules.yaml"), "summary: for raw speed", "summary: for native speed");

        ReloadResult result = live.reload();

        assertThat(result.swapped()).isTrue();
        assertThat(result.before()).isEqualTo(new KnowledgeStats(2, 7, 3));
        assertThat(result.after()).isEqualTo(new KnowledgeStats(2, 7, 3));
        assertThat(result.afterVersion()).isNotEqualTo(result.beforeVersion());
        assertThat(ask.ask("is rust faster than go?").verdict().summary()).isEqualTo("Rust — for native speed");
    }

    @Test
    @DisplayName("a valid snapshot with an objection is never served: the old one keeps answering, the objection is the error")
    void objectionKeepsOld() {
        // given a valid change of the directory
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        LiveKnowledge live = LiveKnowledge.open(dir);
        AskService ask = new AskService(live);
        String before = live.version();
        Fixtures.edit(dir.resolve("rules.yaml"), "summary: for raw speed", "summary: for native speed");
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();

        // when the reload is refused once the new snapshot is built (a cluster asked for another version)
        ReloadResult refused = live.reload(candidate -> {
            seen.set(candidate.version());
            return java.util.Optional.of("not the version asked for");
        });

        // then the objection saw the new version, nothing was swapped, and the old answers still come
        assertThat(seen.get()).isNotEqualTo(before);
        assertThat(refused.swapped()).isFalse();
        assertThat(refused.errors()).containsExactly("not the version asked for");
        assertThat(refused.afterVersion()).isEqualTo(before);
        assertThat(live.version()).isEqualTo(before);
        assertThat(ask.ask("is rust faster than go?").verdict().summary()).isEqualTo("Rust — for raw speed");

        // and without an objection the same directory swaps to exactly the version the objection saw
        ReloadResult accepted = live.reload(candidate -> java.util.Optional.empty());
        assertThat(accepted.swapped()).isTrue();
        assertThat(live.version()).isEqualTo(seen.get());
    }

    @Test
    @DisplayName("a quote inside a promotional sentence cannot be evidence: it could never be cited")
    void promotionalQuoteRejected() {
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        LiveKnowledge live = LiveKnowledge.open(dir);
        Fixtures.edit(dir.resolve("rules.yaml"), "quote: \"Go makes concurrency simple with goroutines and channels.\"",
                "quote: \"Hire our Go developers today\"");

        ReloadResult result = live.reload();

        assertThat(result.errors()).containsExactly("rules.yaml:39: quote is not inside one citable passage of "
                + "gophers-weekly: it spans two passages or stands in a promotional sentence");
    }
}
