package dev.stackbot.discord;

import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.EmbeddedPostgresServer;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bots running at once, each with its own store on one real PostgreSQL, each on its own fake Discord: they
 * stand for two processes, and the button of a message one of them sent is clicked on the other (its shard moved).
 */
@Timeout(120)
@DisplayName("Discord e2e on PostgreSQL: a button answered by another process than the one that sent it")
final class DiscordPostgresButtonE2ETest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("More sources on a message of one process gives the real next page on another, from PostgreSQL")
    void buttonWorksOnAnotherProcess() throws Exception {
        String question = DiscordInteractionsE2ETest.QUESTION;
        Answer expected = Fixture.botEngine(Fixtures.FIXTURE).ask(question, List.of());
        assertThat(expected.citations()).as("the fixture answer has a second page").hasSizeGreaterThan(3);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp)) {
            StoreConfig config = server.freshDatabase(temp.resolve("data"));
            try (Store storeA = Store.open(config);
                 Store storeB = Store.open(config);
                 BotHarness a = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, storeA);
                 BotHarness b = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, storeB)) {
                // given an answer process A served, with its buttons, and its record committed
                long ask = a.discord.slash("ask", Ids.fresh(), Map.of("question", question));
                String more = Json.buttonIds(a.discord.awaitRequest(answerOf(ask)).body()).stream()
                        .filter(id -> id.startsWith("more:")).findFirst().orElseThrow();
                JsonNode message = a.discord.original(ask);
                assertThat(storeA.flush(Duration.ofSeconds(10))).isTrue();

                // when its More sources button is clicked on process B, which never saw the answer
                long click = b.discord.click(Ids.fresh(), more, message);

                // then B reads it from PostgreSQL and shows the second page of exactly that answer
                // (as its first response, or as the edit of a deferral if the read took longer than the deadline)
                JsonNode page = Json.embed(b.discord.awaitRequest(answerOf(click)).body());
                assertThat(page.path("title").asText()).startsWith("More sources (sources 4");
                assertThat(Json.fieldNames(page).get(0)).startsWith("[4] " + expected.citations().get(3).title());
                assertThat(b.bot.answerCacheStats().missCount()).as("B had it from the database, not memory")
                        .isPositive();
            }
        }
    }
}
