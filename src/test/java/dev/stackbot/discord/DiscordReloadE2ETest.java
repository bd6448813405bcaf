package dev.stackbot.discord;

import dev.stackbot.Fixtures;
import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static dev.stackbot.discord.fake.FakeDiscord.editOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.answer.Answer;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** /reload end to end, on a private copy of the knowledge that each test breaks or changes. */
@Timeout(60)
@DisplayName("Discord e2e: /reload refused, failing and succeeding")
final class DiscordReloadE2ETest {

    private static final String QUESTION = DiscordInteractionsE2ETest.QUESTION;

    @TempDir
    Path temp;

    private Path dir;

    private BotHarness harness;
    private Answer before;

    @BeforeEach
    void start() throws Exception {
        dir = Fixtures.copy(Fixtures.FIXTURE, temp);
        harness = BotHarness.start(dir);
        before = harness.engine.ask(QUESTION, List.of());
        assertThat(before.verdict().rule()).as("fixture answers with a rule").isNotNull();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    /** Rewrites the summary of the rule behind the answer to QUESTION, so a reload visibly changes it. */
    private String changeSummary() throws IOException {
        Path rules = dir.resolve("rules.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(rules));
        boolean inRule = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().startsWith("- id:")) {
                inRule = line.trim().equals("- id: " + before.verdict().rule());
            } else if (inRule && line.trim().startsWith("summary:")) {
                lines.set(i, line.substring(0, line.indexOf("summary:")) + "summary: \"for whatever the reload says\"");
                Files.write(rules, lines);
                return "for whatever the reload says";
            }
        }
        throw new AssertionError("rule " + before.verdict().rule() + " has no summary line in rules.yaml");
    }

    /** Adds one more source document. */
    private void addSource() throws IOException {
        Files.writeString(dir.resolve("sources/reload-test-extra.md"), """
                ---
                id: reload-test-extra
                title: "An extra source for the reload test"
                publisher: "Stackbot tests"
                kind: vendor-blog
                ---

                Go compiles quickly and ships as a single binary.
                Rust gives memory safety without a garbage collector.
                """);
    }

    /** Makes rules.yaml invalid at a known line. */
    private int breakRules() throws IOException {
        Path rules = dir.resolve("rules.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(rules));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("verdict:")) {
                lines.set(i, lines.get(i).replaceFirst("verdict:.*", "verdict: maybe-later"));
                Files.write(rules, lines);
                return i + 1;
            }
        }
        throw new AssertionError("no verdict line in rules.yaml");
    }

    private JsonNode ask() throws InterruptedException {
        long id = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        return Json.embed(harness.discord.awaitRequest(dev.stackbot.discord.fake.FakeDiscord.answerOf(id)).body());
    }

    @Test
    @DisplayName("/reload by a member without Manage Server is refused privately and the knowledge stays as it was")
    void nonAdminRefused() throws Exception {
        // given the directory has changed on disk
        changeSummary();
        // when an ordinary member runs /reload
        long id = harness.discord.slash("reload", Ids.MEMBER, Map.of());
        // then they are refused, ephemerally, without a deferral
        RecordedRequest callback = harness.discord.awaitRequest(callbackOf(id));
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(Json.embed(callback.body()).path("title").asText()).isEqualTo("Not allowed");
        // and answers still come from the old knowledge
        assertThat(ask().path("title").asText()).isEqualTo(before.verdict().summary());
        assertThat(harness.engine.overview().version()).isEqualTo(before.knowledgeVersion());
    }

    @Test
    @DisplayName("in a DM, where no Manage Server exists, /reload is refused to others and allowed to a listed admin")
    void reloadInDirectMessages() throws Exception {
        // given a changed directory
        String summary = changeSummary();
        // when an ordinary user tries from a DM
        long refused = harness.discord.directSlash("reload", Ids.MEMBER, Map.of());
        // then they are refused and nothing changes
        assertThat(Json.embed(harness.discord.awaitRequest(callbackOf(refused)).body()).path("title").asText())
                .isEqualTo("Not allowed");
        assertThat(ask().path("title").asText()).isEqualTo(before.verdict().summary());
        // when the admin named in STACKBOT_ADMIN_IDS does
        long allowed = harness.discord.directSlash("reload", Ids.LISTED_ADMIN, Map.of());
        // then the knowledge is reloaded
        assertThat(Json.embed(harness.discord.awaitRequest(editOf(allowed)).body()).path("title").asText())
                .isEqualTo("Knowledge reloaded");
        assertThat(ask().path("title").asText()).contains(summary);
    }

    @Test
    @DisplayName("/reload by a Manage Server member with a broken directory lists the errors and keeps serving")
    void brokenDirectoryKeepsOldKnowledge() throws Exception {
        // given a broken rules.yaml
        int line = breakRules();
        // when a moderator (Mods role: Manage Server) reloads
        long id = harness.discord.slash("reload", Ids.MODERATOR, Map.of());
        // then the reply is deferred privately and edited into the list of errors
        RecordedRequest callback = harness.discord.awaitRequest(callbackOf(id));
        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
        JsonNode embed = Json.embed(harness.discord.awaitRequest(editOf(id)).body());
        assertThat(embed.path("title").asText()).isEqualTo("Reload failed: still serving version " + before.knowledgeVersion());
        assertThat(embed.path("description").asText()).contains("rules.yaml:" + line);
        // and the old answers are still served
        JsonNode answer = ask();
        assertThat(answer.path("title").asText()).isEqualTo(before.verdict().summary());
        assertThat(answer.path("footer").path("text").asText()).contains(before.knowledgeVersion());
    }

    @Test
    @DisplayName("/reload by a listed admin with a changed directory reports counts before → after and serves new answers")
    void changedDirectoryServesNewAnswers() throws Exception {
        // given a changed rule summary and one more document
        String summary = changeSummary();
        addSource();
        int documents = harness.engine.overview().stats().documents();
        // when the admin named in STACKBOT_ADMIN_IDS (no Manage Server) reloads
        long id = harness.discord.slash("reload", Ids.LISTED_ADMIN, Map.of());
        // then the reply gives the counts and the time taken
        assertThat(harness.discord.awaitRequest(callbackOf(id)).body().path("data").path("flags").asInt()).isEqualTo(64);
        JsonNode embed = Json.embed(harness.discord.awaitRequest(editOf(id)).body());
        assertThat(embed.path("title").asText()).isEqualTo("Knowledge reloaded");
        assertThat(embed.path("description").asText()).contains("documents " + documents + " → " + (documents + 1))
                .contains("passages ").contains("rules ").containsPattern("took \\d+ ms");
        // and the next answer comes from the new knowledge
        assertThat(ask().path("title").asText()).contains(summary);
        // and the commands were registered again, for choices that may have changed
        harness.discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"), 2);
    }
}
