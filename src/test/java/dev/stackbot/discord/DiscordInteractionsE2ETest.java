package dev.stackbot.discord;

import dev.stackbot.Fixtures;
import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static dev.stackbot.discord.fake.FakeDiscord.editOf;
import static dev.stackbot.discord.fake.FakeDiscord.postIn;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Every command, button and message path through the real JDA and the real engine, asserted on the REST
 * payloads the fake Discord recorded. Each test acts as a user of its own, so cooldowns and conversation
 * memory do not leak between tests.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Discord e2e: commands, buttons, mentions and DMs on the real engine")
final class DiscordInteractionsE2ETest {

    static final String QUESTION = "Is Go faster than Rust?";

    private BotHarness harness;
    private FakeDiscord discord;

    @BeforeAll
    void start() throws Exception {
        harness = BotHarness.start(Fixtures.FIXTURE);
        discord = harness.discord;
    }

    @AfterAll
    void stop() throws Exception {
        harness.close();
    }

    private Answer expected(String question) {
        return harness.engine.ask(question, List.of());
    }

    private static void assertNoPings(JsonNode body) {
        JsonNode allowed = body.has("data") ? body.get("data").path("allowed_mentions") : body.path("allowed_mentions");
        assertThat(allowed.isObject()).as("allowed_mentions present in %s", body).isTrue();
        assertThat(allowed.path("parse").isArray()).isTrue();
        assertThat(allowed.path("parse")).isEmpty();
        assertThat(allowed.path("replied_user").asBoolean(true)).isFalse();
    }

    @Test
    @DisplayName("/ask is answered in one REST call: the callback (type 4) carries the verdict, the answer, numbered verbatim quotes and the version; no deferral, no edit")
    void askAnswersWithCitations() throws Exception {
        // given the answer the engine gives
        Answer answer = expected(QUESTION);
        assertThat(answer.covered()).as("fixture covers the question").isTrue();
        // when a member runs /ask
        long sent = System.nanoTime();
        long id = discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        // then the interaction's first response is the answer itself, public, well inside Discord's 3 s
        RecordedRequest callback = discord.awaitRequest(callbackOf(id));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - sent)).isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("flags").asInt(0) & 64).isZero();
        JsonNode edit = callback.body();
        JsonNode embed = Json.embed(edit);
        assertThat(embed.path("title").asText()).isEqualTo(answer.verdict().summary());
        String shortAnswer = answer.text().strip().startsWith(answer.verdict().summary() + "\n")
                ? answer.text().strip().substring(answer.verdict().summary().length() + 1).strip() : answer.text().strip();
        assertThat(embed.path("description").asText()).isEqualTo(shortAnswer).containsPattern("\\[\\d+]");
        Citation first = answer.citations().get(0);
        assertThat(Json.fieldNames(embed).get(0)).startsWith("[1] " + first.title());
        String quote = Json.fieldValues(embed).get(0);
        assertThat(quote).startsWith("> ");
        String shown = quote.substring(2).replace("\n> ", "\n").replace("…", "");
        assertThat(first.passage().replace("\r", "")).contains(shown.length() > 80 ? shown.substring(0, 80) : shown);
        assertThat(embed.path("footer").path("text").asText()).contains(answer.knowledgeVersion());
        if (!answer.verdict().support().isEmpty()) {
            assertThat(Json.fieldNames(embed)).contains("Support");
        }
        assertThat(Json.buttonIds(edit)).anyMatch(b -> b.startsWith("fb:up:")).anyMatch(b -> b.startsWith("fb:down:"));
        assertNoPings(edit);
        // and that one callback was all: an answer sent as the first response is never deferred or edited
        assertThat(discord.requests()).filteredOn(callbackOf(id)).hasSize(1);
        assertThat(discord.requests()).noneMatch(editOf(id));
    }

    @Test
    @DisplayName("/ask private:true answers ephemerally (flags 64) in its one callback")
    void privateAskIsEphemeral() throws Exception {
        long id = discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION, "private", true));
        RecordedRequest callback = discord.awaitRequest(callbackOf(id));
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(Json.embed(callback.body()).path("title").asText()).isEqualTo(expected(QUESTION).verdict().summary());
        assertThat(discord.requests()).noneMatch(editOf(id));
    }

    @Test
    @DisplayName("@everyone in a question never pings: allowed mentions are empty and the echo is defused")
    void everyoneNeverPings() throws Exception {
        long id = discord.slash("ask", Ids.fresh(), Map.of("question", "@everyone @here " + QUESTION));
        JsonNode edit = discord.awaitRequest(answerOf(id)).body();
        assertNoPings(edit);
        assertThat(edit.toString()).doesNotContain("@everyone").doesNotContain("@here");
    }

    @Test
    @DisplayName("a 10 KB question full of control characters is still answered, within Discord's limits")
    void hostileQuestionAnswered() throws Exception {
        String hostile = "\u0000\u0007\u202E" + "is go faster than rust? ".repeat(450) + "<@&1> @here";
        long id = discord.slash("ask", Ids.fresh(), Map.of("question", hostile));
        JsonNode edit = discord.awaitRequest(answerOf(id)).body();
        JsonNode embed = Json.embed(edit);
        assertThat(embed.path("title").asText()).isNotBlank().hasSizeLessThanOrEqualTo(256);
        assertThat(embed.path("author").path("name").asText()).hasSizeLessThanOrEqualTo(256).doesNotContain("\u0000");
        assertThat(Json.embedLength(embed)).isLessThanOrEqualTo(6000);
        assertThat(edit.toString()).doesNotContain("@here").doesNotContain("<@&1>");
        assertNoPings(edit);
    }

    @Test
    @DisplayName("/compare answers with one field per aspect")
    void compare() throws Exception {
        var overview = harness.engine.overview();
        String first = overview.entities().get(0).id();
        String second = overview.entities().get(1).id();
        var comparison = harness.engine.compare(first, second, null);
        long id = discord.slash("compare", Ids.fresh(), Map.of("first", first, "second", second));
        // the answer itself when the chart was drawn in time, else a deferral edited into it (a cold chart)
        JsonNode edit = discord.awaitRequest(answerOf(id)).body();
        JsonNode embed = Json.embed(edit);
        assertThat(embed.path("title").asText()).isEqualTo(comparison.firstName() + " vs " + comparison.secondName());
        assertThat(Json.fieldNames(embed)).hasSize(Math.min(25, comparison.rows().size() + (comparison.rows().size() > 24 ? 1 : 0)));
        assertThat(Json.fieldNames(embed).get(0)).isEqualTo(comparison.rows().get(0).aspectLabel());
        assertNoPings(edit);
    }

    @Test
    @DisplayName("/compare uploads its chart with its answer (multipart): a valid PNG the embed shows as its image")
    void compareCarriesChart() throws Exception {
        var overview = harness.engine.overview();
        String first = overview.entities().get(0).id();
        String second = overview.entities().get(1).id();
        // when a member runs /compare
        long id = discord.slash("compare", Ids.fresh(), Map.of("first", first, "second", second));
        // then the answer carries one PNG file
        RecordedRequest edit = discord.awaitRequest(answerOf(id));
        assertThat(edit.files()).hasSize(1);
        RecordedRequest.UploadedFile file = edit.files().get(0);
        assertThat(file.filename()).isEqualTo("compare.png");
        dev.stackbot.render.Pngs.keep("compare-e2e.png", file.bytes());
        var image = dev.stackbot.render.Pngs.decode(file.bytes());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(file.bytes().length).isLessThan(300_000);
        // and the embed points at it, the message lists it as an attachment, and the text is still there
        assertThat(Json.embed(edit.body()).path("image").path("url").asText()).isEqualTo("attachment://compare.png");
        JsonNode message = edit.body().has("data") ? edit.body().get("data") : edit.body();
        assertThat(message.path("attachments").findValuesAsText("filename")).containsExactly("compare.png");
        assertThat(Json.fieldNames(Json.embed(edit.body()))).isNotEmpty();
        assertThat(discord.original(id).path("attachments").path(0).path("filename").asText()).isEqualTo("compare.png");
        assertNoPings(edit.body());
    }

    @Test
    @DisplayName("/compare with a name the knowledge lacks answers with the engine's message, not an error")
    void compareUnknownName() throws Exception {
        long id = discord.slash("compare", Ids.fresh(), Map.of("first", "cobol-on-cogs", "second", "python"));
        JsonNode embed = Json.embed(discord.awaitRequest(answerOf(id)).body());
        assertThat(embed.path("title").asText()).isEqualTo("I cannot compare that");
        assertThat(embed.path("description").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    @DisplayName("aspect autocomplete answers with at most 25 matching choices (callback type 8)")
    void aspectAutocomplete() throws Exception {
        var aspects = harness.engine.overview().aspects();
        String typed = aspects.get(0).name().substring(0, 3);
        long id = discord.autocomplete("compare", Ids.fresh(), Map.of("first", "a", "second", "b"), "aspect", typed);
        RecordedRequest callback = discord.awaitRequest(callbackOf(id));
        assertThat(callback.body().path("type").asInt()).isEqualTo(8);
        JsonNode choices = callback.body().path("data").path("choices");
        assertThat(choices.size()).isBetween(1, 25);
        assertThat(choices.toString()).contains(aspects.get(0).id());
    }

    @Test
    @DisplayName("/sources replies at once (type 4) with the documents and counts")
    void sources() throws Exception {
        var overview = harness.engine.overview();
        long id = discord.slash("sources", Ids.fresh(), Map.of());
        RecordedRequest callback = discord.awaitRequest(callbackOf(id));
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        JsonNode embed = Json.embed(callback.body());
        assertThat(embed.path("title").asText()).isEqualTo("Sources: " + overview.stats().documents() + " documents, "
                + overview.stats().passages() + " passages, " + overview.stats().rules() + " rules");
        assertThat(embed.path("description").asText()).contains(overview.sources().get(0).title());
        assertNoPings(callback.body());
    }

    @Test
    @DisplayName("/help replies at once with the commands and what the knowledge covers")
    void help() throws Exception {
        long id = discord.slash("help", Ids.fresh(), Map.of());
        JsonNode body = discord.awaitRequest(callbackOf(id)).body();
        assertThat(body.path("type").asInt()).isEqualTo(4);
        JsonNode embed = Json.embed(body);
        assertThat(embed.path("description").asText()).contains("/ask").contains("/compare").contains("/reload");
        assertThat(embed.toString()).contains(harness.engine.overview().entities().get(0).name());
    }

    @Test
    @DisplayName("every command of the bot's list is registered under its name and reached by it; any other name gets a private notice")
    void commandListIsRegisteredAndDispatched() throws Exception {
        // given the names the bot registered
        RecordedRequest put = discord.requests().stream()
                .filter(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands")).findFirst().orElseThrow();
        List<String> registered = new java.util.ArrayList<>();
        put.body().forEach(c -> registered.add(c.path("name").asText()));
        // then they are exactly the names of its command list
        assertThat(registered).containsExactlyElementsOf(harness.bot.commands().names());
        // and each name reaches its command: deferred or answered, never "unknown", never an apology
        for (String name : registered) {
            JsonNode body = discord.awaitRequest(callbackOf(discord.slash(name, Ids.fresh(), Map.of()))).body();
            String title = body.path("type").asInt() == 5 ? "(deferred)" : Json.embed(body).path("title").asText();
            assertThat(title).as("/%s", name).isNotEqualTo("Unknown command").isNotEqualTo("Something went wrong");
        }
        // when a client still shows a command the list no longer has
        JsonNode stale = discord.awaitRequest(callbackOf(discord.slash("retired", Ids.fresh(), Map.of()))).body();
        // then the user is told privately
        assertThat(stale.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(Json.embed(stale).path("title").asText()).isEqualTo("Unknown command");
    }

    @Test
    @DisplayName("'More sources' pages on: an ephemeral reply with the next citations and a button for the page after")
    void moreSources() throws Exception {
        Answer answer = expected(QUESTION);
        assertThat(answer.citations()).as("fixture answer has a second page").hasSizeGreaterThan(3);
        long ask = discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        JsonNode edit = discord.awaitRequest(answerOf(ask)).body();
        String more = Json.buttonIds(edit).stream().filter(b -> b.startsWith("more:")).findFirst().orElseThrow();
        assertThat(more).endsWith(":2");
        // when another member clicks it
        long click = discord.click(Ids.fresh(), more, discord.original(ask));
        // then
        RecordedRequest callback = discord.awaitRequest(callbackOf(click));
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
        JsonNode page = Json.embed(callback.body());
        assertThat(page.path("title").asText()).startsWith("More sources (sources 4");
        assertThat(Json.fieldNames(page).get(0)).startsWith("[4] " + answer.citations().get(3).title());
        if (answer.citations().size() > 6) {
            assertThat(Json.buttonIds(callback.body())).anyMatch(b -> b.endsWith(":3"));
        }
        assertNoPings(callback.body());
    }

    @Test
    @DisplayName("👍 logs the question and knowledge version and thanks the user privately")
    void feedbackIsLogged() throws Exception {
        Logger feedback = (Logger) LoggerFactory.getLogger("dev.stackbot.feedback");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        feedback.addAppender(logged);
        try {
            long ask = discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            JsonNode edit = discord.awaitRequest(answerOf(ask)).body();
            String up = Json.buttonIds(edit).stream().filter(b -> b.startsWith("fb:up:")).findFirst().orElseThrow();
            long click = discord.click(Ids.fresh(), up, discord.original(ask));
            RecordedRequest callback = discord.awaitRequest(callbackOf(click));
            assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
            assertThat(Json.embed(callback.body()).path("title").asText()).isEqualTo("Thanks for the feedback");
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                    .contains("feedback=up").contains(QUESTION).contains(expected(QUESTION).knowledgeVersion()));
        } finally {
            feedback.detachAppender(logged);
        }
    }

    @Test
    @DisplayName("a forged or stale button gets a polite ephemeral notice")
    void staleButton() throws Exception {
        long help = discord.slash("help", Ids.fresh(), Map.of());
        discord.awaitRequest(callbackOf(help));
        long click = discord.click(Ids.fresh(), "more:zzzzzz:2", discord.original(help));
        JsonNode body = discord.awaitRequest(callbackOf(click)).body();
        assertThat(body.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(Json.embed(body).path("title").asText()).isEqualTo("That answer has expired");
    }

    @Test
    @DisplayName("a message mentioning the bot gets a reply in the channel: message_reference set, nobody pinged")
    void mentionGetsReply() throws Exception {
        long message = discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        RecordedRequest reply = discord.awaitRequest(r -> postIn(Ids.CHANNEL).test(r)
                && r.body().path("message_reference").path("message_id").asText().equals(Ids.s(message)));
        assertThat(Json.embed(reply.body()).path("title").asText()).isEqualTo(expected(QUESTION).verdict().summary());
        assertNoPings(reply.body());
    }

    @Test
    @DisplayName("a guild message that does not mention the bot is ignored")
    void unmentionedMessageIgnored() throws Exception {
        long user = Ids.fresh();
        long ignored = discord.guildMessage(Ids.CHANNEL, user, QUESTION + " @everyone");
        long mentioned = discord.guildMessage(Ids.CHANNEL, user, "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        // messages are handled in order, so once the second is answered the first was seen and skipped
        discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(mentioned)));
        assertThat(discord.requests()).noneMatch(r -> r.body().path("message_reference").path("message_id").asText()
                .equals(Ids.s(ignored)));
    }

    @Test
    @DisplayName("a follow-up in the same thread within 10 minutes inherits the previous entities")
    void followUpInheritsEntities() throws Exception {
        // given a follow-up the engine answers differently with and without the earlier subjects
        // (the engine's understanding grows, so take the first such phrasing rather than pin one)
        Answer first = expected(QUESTION);
        String followUp = java.util.stream.Stream.of("what about the other one?", "which one would you pick?",
                        "and which is cheaper?", "why?")
                .filter(q -> !harness.engine.ask(q, first.subjects()).verdict().summary()
                        .equals(expected(q).verdict().summary()))
                .findFirst().orElseThrow(() -> new AssertionError("no follow-up in the fixture depends on memory"));
        Answer withMemory = harness.engine.ask(followUp, first.subjects());
        long user = Ids.fresh();
        // when the same user asks both in a thread
        long m1 = discord.guildMessage(Ids.THREAD, user, "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(m1)));
        long m2 = discord.guildMessage(Ids.THREAD, user, "<@" + Ids.BOT + "> " + followUp, Ids.BOT);
        RecordedRequest reply = discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(m2)));
        // then the follow-up was answered about the same entities, in the thread
        assertThat(reply.path()).isEqualTo("channels/" + Ids.s(Ids.THREAD) + "/messages");
        assertThat(Json.embed(reply.body()).path("title").asText()).isEqualTo(withMemory.verdict().summary());
        // and another user asking the same follow-up does not inherit anything
        long m3 = discord.guildMessage(Ids.THREAD, Ids.fresh(), "<@" + Ids.BOT + "> " + followUp, Ids.BOT);
        RecordedRequest fresh = discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(m3)));
        assertThat(Json.embed(fresh.body()).path("title").asText()).isNotEqualTo(withMemory.verdict().summary());
    }

    @Test
    @DisplayName("a direct message is answered without any mention")
    void directMessageAnswered() throws Exception {
        long message = discord.directMessage(Ids.fresh(), QUESTION);
        RecordedRequest reply = discord.awaitRequest(r -> postIn(Ids.DM_CHANNEL).test(r)
                && r.body().path("message_reference").path("message_id").asText().equals(Ids.s(message)));
        assertThat(Json.embed(reply.body()).path("title").asText()).isEqualTo(expected(QUESTION).verdict().summary());
        assertNoPings(reply.body());
    }

    @Test
    @DisplayName("an out-of-scope question gets a friendly reply saying what Stackbot covers")
    void outOfScope() throws Exception {
        String pizza = "What is the best pizza topping?";
        assertThat(expected(pizza).covered()).isFalse();
        long message = discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + pizza, Ids.BOT);
        RecordedRequest reply = discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(message)));
        JsonNode embed = Json.embed(reply.body());
        assertThat(embed.path("title").asText()).isEqualTo("That is outside what I know");
        assertThat(embed.path("description").asText()).contains(harness.engine.overview().entities().get(0).name());
    }

    @Test
    @DisplayName("a bare mention (empty question) is answered, never met with silence")
    void emptyQuestion() throws Exception {
        long message = discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + ">", Ids.BOT);
        RecordedRequest reply = discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(message)));
        assertThat(Json.embed(reply.body()).path("title").asText()).isEqualTo("What would you like to know?");
    }

    @Test
    @DisplayName("in a channel, the sixth mention within 30 s gets one polite notice; further ones are ignored")
    void mentionCooldown() throws Exception {
        long user = Ids.fresh();
        for (int i = 0; i < 5; i++) {
            long m = discord.guildMessage(Ids.CHANNEL, user, "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
            discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(m)));
        }
        long sixth = discord.guildMessage(Ids.CHANNEL, user, "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        RecordedRequest notice = discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(sixth)));
        assertThat(Json.embed(notice.body()).path("title").asText()).isEqualTo("Slow down a little");
        long seventh = discord.guildMessage(Ids.CHANNEL, user, "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        // a later message from someone else is answered, so the seventh has been handled (and ignored) by then
        long other = discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(other)));
        assertThat(discord.requests()).noneMatch(r -> r.body().path("message_reference").path("message_id").asText()
                .equals(Ids.s(seventh)));
    }

    @Test
    @DisplayName("the sixth question within 30 s gets a polite ephemeral cooldown notice")
    void cooldown() throws Exception {
        long user = Ids.fresh();
        for (int i = 0; i < 5; i++) {
            long id = discord.slash("ask", user, Map.of("question", QUESTION));
            assertThat(Json.embed(discord.awaitRequest(answerOf(id)).body()).path("title").asText())
                    .isEqualTo(expected(QUESTION).verdict().summary());
        }
        long sixth = discord.slash("ask", user, Map.of("question", QUESTION));
        JsonNode body = discord.awaitRequest(callbackOf(sixth)).body();
        assertThat(body.path("type").asInt()).isEqualTo(4);
        assertThat(body.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(Json.embed(body).path("title").asText()).isEqualTo("Slow down a little");
    }
}
