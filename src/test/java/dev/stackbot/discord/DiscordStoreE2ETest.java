package dev.stackbot.discord;

import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static dev.stackbot.discord.fake.FakeDiscord.postIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import dev.stackbot.store.StoreReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The bot with a real SQLite store behind it, through the real JDA and the fake Discord. */
@Timeout(90)
@DisplayName("Discord e2e with the store: feedback lands in it, buttons survive a restart")
final class DiscordStoreE2ETest {

    static final String QUESTION = DiscordInteractionsE2ETest.QUESTION;

    @TempDir
    Path temp;

    private static JsonNode components(JsonNode callback) {
        return callback.path("data").path("components");
    }

    private static String buttonStartingWith(JsonNode body, String prefix) {
        return Json.buttonIds(body).stream().filter(b -> b.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("👎, a reason from the menu, and a comment through the modal all land in the store")
    void downVoteWithReasonAndComment() throws Exception {
        StoreConfig config = StoreConfig.sqlite(temp.resolve("data"));
        try (Store store = Store.open(config);
             BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            // given an answer a member asked for
            long ask = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            JsonNode answer = harness.discord.awaitRequest(answerOf(ask)).body();
            String down = buttonStartingWith(answer, "fb:down:");
            String key = down.substring("fb:down:".length());
            long critic = Ids.fresh();
            // when another member clicks 👎
            long click = harness.discord.click(critic, down, harness.discord.original(ask));
            // then they are thanked privately and offered the reasons and a comment button
            JsonNode prompt = harness.discord.awaitRequest(callbackOf(click)).body();
            assertThat(prompt.path("type").asInt()).isEqualTo(4);
            assertThat(prompt.path("data").path("flags").asInt()).isEqualTo(64);
            JsonNode menu = components(prompt).get(0).path("components").get(0);
            assertThat(menu.path("type").asInt()).as("a string select menu").isEqualTo(3);
            assertThat(menu.path("custom_id").asText()).isEqualTo(ButtonId.reason(key));
            assertThat(menu.path("options").findValuesAsText("value"))
                    .containsExactly("wrong-verdict", "quote-off-topic", "missing-source", "outdated");
            assertThat(components(prompt).get(1).path("components").get(0).path("custom_id").asText())
                    .isEqualTo(ButtonId.comment(key));
            // when they pick a reason
            long picked = harness.discord.select(critic, ButtonId.reason(key), List.of("wrong-verdict"),
                    harness.discord.original(click));
            assertThat(Json.embed(harness.discord.awaitRequest(callbackOf(picked)).body()).path("title").asText())
                    .isEqualTo("Reason noted");
            // and open the comment form: a modal whose one input sits in a Label and is not required
            long comment = harness.discord.click(critic, ButtonId.comment(key), harness.discord.original(click));
            JsonNode modal = harness.discord.awaitRequest(callbackOf(comment)).body();
            assertThat(modal.path("type").asInt()).as("a modal response").isEqualTo(9);
            assertThat(modal.path("data").path("custom_id").asText()).isEqualTo(ButtonId.modal(key));
            JsonNode label = modal.path("data").path("components").get(0);
            assertThat(label.path("type").asInt()).as("a Label").isEqualTo(18);
            assertThat(label.path("component").path("type").asInt()).as("a text input").isEqualTo(4);
            assertThat(label.path("component").path("required").asBoolean(true)).isFalse();
            assertThat(label.path("component").path("max_length").asInt()).isEqualTo(200);
            // and submit it
            long submitted = harness.discord.submitModal(critic, ButtonId.modal(key),
                    Map.of("comment", "The quote is about compile times, not speed."));
            assertThat(Json.embed(harness.discord.awaitRequest(callbackOf(submitted)).body()).path("title").asText())
                    .isEqualTo("Thanks");
            // then the store has the answer, the 👎, its reason and the comment
            assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
            StoreReport report = store.report(Duration.ofDays(1));
            assertThat(report.questions()).isEqualTo(1);
            assertThat(report.votes()).containsExactly(Map.entry("down", 1L));
            assertThat(report.reasons()).containsExactly(Map.entry("wrong-verdict", 1L));
            assertThat(report.comments()).containsExactly(new StoreReport.Comment(QUESTION, "wrong-verdict",
                    "The quote is about compile times, not speed."));
            assertThat(report.downvoted()).extracting(StoreReport.QuestionGroup::example).containsExactly(QUESTION);
        }
    }

    @Test
    @DisplayName("a bot stopped and started again on the same data directory still serves an old More sources button")
    void moreSourcesSurvivesARestart() throws Exception {
        StoreConfig config = StoreConfig.sqlite(temp.resolve("data"));
        Answer expected = Fixture.botEngine(Fixtures.FIXTURE).ask(QUESTION, List.of());
        assertThat(expected.citations()).as("the fixture answer has a second page").hasSizeGreaterThan(3);
        // given an answer served by a first run of the bot, and the message with its buttons
        String more;
        JsonNode message;
        try (Store store = Store.open(config);
             BotHarness first = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            long ask = first.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            more = buttonStartingWith(first.discord.awaitRequest(answerOf(ask)).body(), "more:");
            message = first.discord.original(ask);
        }
        // when the bot is started again on the same data directory and someone clicks that button
        try (Store store = Store.open(config);
             BotHarness second = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            long click = second.discord.click(Ids.fresh(), more, message);
            // then the click is answered privately with page 2, read from the store (directly when the read is
            // quick, else deferred and edited)
            RecordedRequest callback = second.discord.awaitRequest(callbackOf(click));
            assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
            JsonNode page = Json.embed(second.discord.awaitRequest(answerOf(click)).body());
            assertThat(page.path("title").asText()).startsWith("More sources (sources 4");
            assertThat(Json.fieldNames(page).get(0)).startsWith("[4] " + expected.citations().get(3).title());
            // and a button of an answer the store never had gets the polite notice
            long stale = second.discord.click(Ids.fresh(), "more:zzzzzz:2", message);
            assertThat(second.discord.awaitRequest(callbackOf(stale)).body().path("data").path("flags").asInt())
                    .isEqualTo(64);
            assertThat(Json.embed(second.discord.awaitRequest(answerOf(stale)).body()).path("title").asText())
                    .isEqualTo("That answer has expired");
        }
    }

    @Test
    @DisplayName("declined questions are recorded too, with how they were asked: mention or DM")
    void declinedQuestionsAreRecorded() throws Exception {
        try (Store store = Store.open(StoreConfig.sqlite(temp.resolve("data")));
             BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            // given a declined question asked by mention and again by DM
            long user = Ids.fresh();
            harness.discord.guildMessage(Ids.CHANNEL, user, "<@" + Ids.BOT + "> best pizza topping?", Ids.BOT);
            harness.discord.awaitRequest(postIn(Ids.CHANNEL));
            harness.discord.directMessage(Ids.fresh(), "Best pizza topping");
            harness.discord.awaitRequest(postIn(Ids.DM_CHANNEL));
            // then both are in the store, declined, counted as one question
            assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
            StoreReport report = store.report(Duration.ofDays(1));
            assertThat(report.questions()).isEqualTo(2);
            assertThat(report.covered()).isZero();
            assertThat(report.declined()).extracting(StoreReport.QuestionGroup::key, StoreReport.QuestionGroup::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("best pizza topping", 2L));
        }
    }

    @Test
    @DisplayName("/gaps shows a moderator, privately, a declined question asked before, also after the bot is restarted")
    void gapsListsDeclinedQuestionsAcrossARestart() throws Exception {
        StoreConfig config = StoreConfig.sqlite(temp.resolve("data"));
        String declined = "Which pizza topping is best?";
        try (Store store = Store.open(config);
             BotHarness first = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            // given a question the knowledge declines, asked twice with different spelling, and a covered one
            long a = first.discord.slash("ask", Ids.fresh(), Map.of("question", declined));
            first.discord.awaitRequest(answerOf(a));
            long b = first.discord.slash("ask", Ids.fresh(), Map.of("question", "which PIZZA topping is best"));
            first.discord.awaitRequest(answerOf(b));
            long c = first.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            first.discord.awaitRequest(answerOf(c));
            assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
            // when a moderator runs /gaps
            JsonNode gaps = gaps(first, Ids.MODERATOR, Map.of());
            // then the declined question is listed once, with its count and an example as asked
            assertThat(gaps.path("title").asText()).isEqualTo("Knowledge gaps, the last 7 days");
            assertThat(fieldValue(gaps, "Most frequent declined questions")).isEqualTo("2 × " + declined);
            assertThat(gaps.path("description").asText()).startsWith("3 questions, 1 covered (33%).")
                    .contains("Covered this week: 33% of 3");
            // and an ordinary member is refused, privately
            long refused = first.discord.slash("gaps", Ids.MEMBER, Map.of());
            JsonNode refusal = first.discord.awaitRequest(callbackOf(refused)).body();
            assertThat(refusal.path("data").path("flags").asInt()).isEqualTo(64);
            assertThat(Json.embed(refusal).path("title").asText()).isEqualTo("Not allowed");
        }
        // when the bot is started again on the same data directory
        try (Store store = Store.open(config);
             BotHarness second = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            // then /gaps, over one day, still lists the question asked before the restart
            JsonNode gaps = gaps(second, Ids.MODERATOR, Map.of("days", 1));
            assertThat(gaps.path("title").asText()).isEqualTo("Knowledge gaps, the last day");
            assertThat(fieldValue(gaps, "Most frequent declined questions")).isEqualTo("2 × " + declined);
        }
    }

    /** Runs /gaps and returns the embed of its answer, after checking the first response is private. */
    private static JsonNode gaps(BotHarness harness, long userId, Map<String, Object> options) throws Exception {
        long id = harness.discord.slash("gaps", userId, options);
        JsonNode callback = harness.discord.awaitRequest(callbackOf(id)).body();
        assertThat(callback.path("data").path("flags").asInt()).as("privately").isEqualTo(64);
        return Json.embed(harness.discord.awaitRequest(answerOf(id)).body());
    }

    private static String fieldValue(JsonNode embed, String name) {
        for (JsonNode field : embed.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field.path("value").asText();
            }
        }
        throw new AssertionError("no field " + name + " in " + embed);
    }

    @Test
    @DisplayName("/stats answers with the numbers and a PNG chart of questions per day")
    void statsAnswersWithAChart() throws Exception {
        try (Store store = Store.open(StoreConfig.sqlite(temp.resolve("data")));
             BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), null, store)) {
            // given one covered and one declined question, and a 👍 on the covered one
            long ask = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            JsonNode answer = harness.discord.awaitRequest(answerOf(ask)).body();
            long up = harness.discord.click(Ids.fresh(), buttonStartingWith(answer, "fb:up:"), harness.discord.original(ask));
            harness.discord.awaitRequest(callbackOf(up));
            long declined = harness.discord.slash("ask", Ids.fresh(), Map.of("question", "best pizza topping?"));
            harness.discord.awaitRequest(answerOf(declined));
            assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
            // when a member runs /stats
            long id = harness.discord.slash("stats", Ids.fresh(), Map.of());
            RecordedRequest edit = harness.discord.awaitRequest(answerOf(id));
            // then the reply carries the chart as a PNG the embed shows
            assertThat(edit.files()).extracting(RecordedRequest.UploadedFile::filename).containsExactly("stats.png");
            dev.stackbot.render.Pngs.keep("stats-e2e.png", edit.files().get(0).bytes());
            var image = dev.stackbot.render.Pngs.decode(edit.files().get(0).bytes());
            assertThat(image.getWidth()).isEqualTo(900);
            JsonNode embed = Json.embed(edit.body());
            assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://stats.png");
            // and the numbers: questions, covered share, the covered question's aspect, the feedback ratio
            assertThat(embed.path("description").asText()).isEqualTo("2 questions, 1 covered (50%).");
            String aspect = harness.engine.ask(QUESTION, List.of()).aspect();
            String label = harness.engine.overview().aspects().stream().filter(a -> a.id().equals(aspect))
                    .findFirst().orElseThrow().name();
            assertThat(fieldValue(embed, "Top aspects")).isEqualTo("1 × " + label);
            assertThat(fieldValue(embed, "Feedback")).isEqualTo("1 👍, 0 👎 (100% positive)");
        }
    }
}
