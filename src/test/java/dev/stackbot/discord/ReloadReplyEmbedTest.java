package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeStats;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.cluster.ClusterReload;
import dev.stackbot.cluster.ProcessReport;
import dev.stackbot.cluster.ProcessReport.Outcome;
import dev.stackbot.cluster.SingleProcessCoordinator;
import dev.stackbot.render.DiscordEmbedRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /reload's reply as a user reads it: each embed is rendered to plain text, printed to target/reload-replies.txt
 * to be looked at, and checked line by line.
 */
@DisplayName("/reload's reply: one process as before, several listed by name with result and version")
final class ReloadReplyEmbedTest {

    private static final Path OUT = Path.of("target/reload-replies.txt");
    private static final KnowledgeStats BEFORE = new KnowledgeStats(2, 7, 3);
    private static final KnowledgeStats AFTER = new KnowledgeStats(3, 9, 3);
    private final DiscordEmbedRenderer renderer = new DiscordEmbedRenderer();

    @TempDir
    Path temp;

    @BeforeAll
    static void freshFile() throws IOException {
        Files.createDirectories(OUT.getParent());
        Files.deleteIfExists(OUT);
    }

    /** The embed as a reader sees it: title, description, fields, footer. */
    private static String text(String name, MessageEmbed embed) throws IOException {
        StringBuilder text = new StringBuilder(embed.getTitle()).append('\n').append(embed.getDescription());
        for (MessageEmbed.Field field : embed.getFields()) {
            text.append("\n\n").append(field.getName()).append('\n').append(field.getValue());
        }
        if (embed.getFooter() != null) {
            text.append("\n\n— ").append(embed.getFooter().getText());
        }
        Files.writeString(OUT, "==== " + name + " ====\n" + text + "\n\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertThat(embed.isSendable()).as("within Discord's limits: %d characters", embed.getLength()).isTrue();
        return text.toString();
    }

    private static ReloadResult swapped() {
        return new ReloadResult(true, List.of(), BEFORE, AFTER, "50641a88f2a7", "9346ae6a0c38", Duration.ofMillis(31));
    }

    @Test
    @DisplayName("a process alone replies exactly as a plain reload always did")
    void singleProcess() throws IOException {
        // given one process reloading a changed directory
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        LiveKnowledge live = LiveKnowledge.open(dir);
        Fixtures.edit(dir.resolve("rules.yaml"), "summary: for raw speed", "summary: for native speed");
        ClusterReload reload = new SingleProcessCoordinator(live, "this process").reload();

        // when its reply is rendered
        MessageEmbed embed = ReloadReplyEmbed.of(reload, renderer);

        // then it is the reload outcome, nothing about other processes
        assertThat(reload.clustered()).isFalse();
        assertThat(embed).isEqualTo(renderer.reload(reload.here()));
        assertThat(text("one process", embed)).startsWith("Knowledge reloaded\ndocuments 2 → 2");
    }

    @Test
    @DisplayName("every process reloaded: the title says so, each process is a line with its version")
    void everywhere() throws IOException {
        // given a reload that three processes took
        ClusterReload reload = new ClusterReload(swapped(), true, "9346ae6a0c38", List.of(
                new ProcessReport("shards 0-1", true, Outcome.RELOADED, "9346ae6a0c38", ""),
                new ProcessReport("shards 2-3", false, Outcome.RELOADED, "9346ae6a0c38", ""),
                new ProcessReport("shards 4-5", false, Outcome.ALREADY_CURRENT, "9346ae6a0c38", "")),
                Duration.ofMillis(48));

        // when it is rendered
        String text = text("every process", ReloadReplyEmbed.of(reload, renderer));

        // then
        assertThat(text.lines()).containsExactly(
                "Knowledge reloaded on every process (3)",
                "Version `50641a88f2a7` → `9346ae6a0c38` (documents 2 → 3, passages 7 → 9, rules 3 → 3)",
                "Loaded here in 31 ms; waited 48 ms for the other processes.",
                "",
                "✅ **shards 0-1** (this process): reloaded, serves `9346ae6a0c38`",
                "✅ **shards 2-3**: reloaded, serves `9346ae6a0c38`",
                "✅ **shards 4-5**: already served `9346ae6a0c38`");
    }

    @Test
    @DisplayName("some processes kept their old knowledge: each says why, and the dead one is marked unreachable")
    void partly() throws IOException {
        // given a reload that one process took, and four that did not, each for its own reason
        ClusterReload reload = new ClusterReload(swapped(), true, "9346ae6a0c38", List.of(
                new ProcessReport("shards 0-1", true, Outcome.RELOADED, "9346ae6a0c38", ""),
                new ProcessReport("shards 2-3", false, Outcome.FAILED, "50641a88f2a7",
                        "1 error: rules.yaml:11: quote not found verbatim in sources/gophers-weekly.md"),
                new ProcessReport("shards 4-5", false, Outcome.OTHER_VERSION, "50641a88f2a7",
                        "its knowledge directory holds version f09c9a4f0bfb, not 9346ae6a0c38; it keeps serving 50641a88f2a7"),
                new ProcessReport("shards 6-7", false, Outcome.NO_REPORT, "50641a88f2a7",
                        "no report within 20 s; it may still be loading"),
                new ProcessReport("shards 8-9", false, Outcome.UNREACHABLE, "50641a88f2a7",
                        "last heard from 3 min ago; not waited for")),
                Duration.ofSeconds(20));

        // when it is rendered
        String text = text("partly", ReloadReplyEmbed.of(reload, renderer));

        // then the title counts, every process has its line, and the footer says what to do
        assertThat(text.lines()).startsWith("Knowledge reloaded on 1 of 5 processes");
        assertThat(text).contains(
                "✅ **shards 0-1** (this process): reloaded, serves `9346ae6a0c38`",
                "❌ **shards 2-3**: kept `50641a88f2a7`: 1 error: rules.yaml:11: quote not found verbatim in sources/gophers-weekly.md",
                "⚠️ **shards 4-5**: kept `50641a88f2a7`: its knowledge directory holds version f09c9a4f0bfb, not 9346ae6a0c38; it keeps serving 50641a88f2a7",
                "⏳ **shards 6-7**: no report within 20 s; it may still be loading (it served `50641a88f2a7`)",
                "🔌 **shards 8-9**: unreachable, last heard from 3 min ago; not waited for (served `50641a88f2a7`)",
                "— A process that did not reload keeps serving its old knowledge; fix it and /reload again.");
    }

    @Test
    @DisplayName("broken knowledge where /reload ran: its errors, and that no other process was asked")
    void notSent() throws IOException {
        // given a reload refused on the process that received it
        ReloadResult failed = new ReloadResult(false, List.of("rules.yaml:11: quote not found verbatim in sources/gophers-weekly.md"),
                BEFORE, BEFORE, "50641a88f2a7", "50641a88f2a7", Duration.ofMillis(12));
        ClusterReload reload = new ClusterReload(failed, true, null, List.of(
                new ProcessReport("shards 0-1", true, Outcome.FAILED, "50641a88f2a7", "")), Duration.ZERO);

        // when it is rendered
        String text = text("not sent", ReloadReplyEmbed.of(reload, renderer));

        // then the errors as for one process, and the others unchanged
        assertThat(text.lines()).containsExactly(
                "Reload failed: still serving version 50641a88f2a7",
                "1 error (took 12 ms):",
                "• `rules.yaml:11: quote not found verbatim in sources/gophers-weekly.md`",
                "",
                "Other processes",
                "Not asked: the knowledge is checked on this process first, and every process keeps the version it serves.");
    }

    @Test
    @DisplayName("hundreds of processes with long names and errors stay within Discord's limits, the rest counted")
    void manyProcesses() throws IOException {
        // given 300 processes whose names are Markdown and whose errors are long
        List<ProcessReport> processes = new ArrayList<>();
        processes.add(new ProcessReport("shards 0-1", true, Outcome.RELOADED, "9346ae6a0c38", ""));
        for (int i = 1; i < 300; i++) {
            processes.add(new ProcessReport("**shard** _" + i + "_ @everyone " + "x".repeat(100), false, Outcome.FAILED,
                    "50641a88f2a7", "e".repeat(1_000)));
        }
        ClusterReload reload = new ClusterReload(swapped(), true, "9346ae6a0c38", processes, Duration.ofSeconds(20));

        // when it is rendered
        MessageEmbed embed = ReloadReplyEmbed.of(reload, renderer);
        String text = text("300 processes", embed);

        // then it fits, the Markdown of names is shown as written, mentions are defused, and the rest is counted
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(text).contains("\\*\\*shard\\*\\* \\_1\\_").doesNotContain("@everyone").contains("\n… and 290 more\n");
    }
}
