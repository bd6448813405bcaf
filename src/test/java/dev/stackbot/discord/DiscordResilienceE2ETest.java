package dev.stackbot.discord;

import dev.stackbot.Fixtures;
import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static dev.stackbot.discord.fake.FakeDiscord.editOf;
import static dev.stackbot.discord.fake.FakeDiscord.postIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What Discord does to a bot on a bad day: drops the gateway, rate-limits REST. */
@Timeout(60)
@DisplayName("Discord e2e: gateway drops and REST rate limits")
final class DiscordResilienceE2ETest {

    private static final String QUESTION = DiscordInteractionsE2ETest.QUESTION;

    private BotHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = BotHarness.start(Fixtures.FIXTURE);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    @DisplayName("when the server closes the gateway, JDA RESUMEs the session and the next interaction is answered")
    void resumesAfterServerClose() throws Exception {
        // given a ready session
        String session = harness.discord.awaitClientOp(2, 1).get(0).path("d").path("token").asText();
        assertThat(session).isEqualTo(harness.token);
        // when the server drops the connection (4000: unknown error, reconnect and resume)
        harness.discord.closeGateway(4000, "fake outage");
        // then the client reconnects and resumes rather than identifying again
        JsonNode resume = harness.discord.awaitClientOp(6, 1).get(0).path("d");
        assertThat(resume.path("session_id").asText()).isEqualTo("fake-session-1");
        assertThat(resume.path("seq").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(harness.discord.gatewayConnections()).isEqualTo(2);
        assertThat(harness.discord.gatewayConnectQueries().get(1)).contains("compress=zlib-stream");
        // and an interaction dispatched on the resumed session is answered
        long id = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        assertThat(Json.embed(harness.discord.awaitRequest(answerOf(id)).body()).path("title").asText())
                .isEqualTo(harness.engine.ask(QUESTION, List.of()).verdict().summary());
        assertThat(harness.discord.awaitClientOp(2, 1)).hasSize(1);
    }

    @Test
    @DisplayName("a mention in a channel where the bot may not send is skipped without harm; the next one is answered")
    void channelWithoutSendPermission() throws Exception {
        ch.qos.logback.classic.Logger listenerLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(StackbotListener.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        listenerLog.addAppender(logged);
        try {
            // given a channel whose overwrites deny Send Messages, and a mention there
            long blocked = harness.discord.guildMessage(Ids.READ_ONLY_CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
            // when the bot has dealt with it
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (logged.list.stream().noneMatch(e -> e.getFormattedMessage().contains(Ids.s(Ids.READ_ONLY_CHANNEL)))
                    && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
            }
            // then it said why in the log, sent nothing there, and still answers elsewhere
            assertThat(logged.list).extracting(e -> e.getFormattedMessage())
                    .anySatisfy(line -> assertThat(line).contains("cannot reply in channel " + Ids.s(Ids.READ_ONLY_CHANNEL))
                            .contains("Send Messages"));
            assertThat(harness.discord.requests()).noneMatch(r -> r.path().startsWith("channels/" + Ids.s(Ids.READ_ONLY_CHANNEL)));
            long asked = harness.discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
            harness.discord.awaitRequest(r -> r.body().path("message_reference").path("message_id").asText().equals(Ids.s(asked)));
            assertThat(harness.discord.requests()).noneMatch(r -> r.body().path("message_reference").path("message_id").asText()
                    .equals(Ids.s(blocked)));
        } finally {
            listenerLog.detachAppender(logged);
        }
    }

    @Test
    @DisplayName("with STACKBOT_HEALTH_FILE set, the file exists as soon as the bot is ready")
    void healthFileWrittenWhenReady(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path health = dir.resolve("health");
        try (BotHarness withHealth = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE), health)) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(health) && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
            }
            assertThat(health).exists();
            assertThat(withHealth.bot.jda().getStatus()).isEqualTo(net.dv8tion.jda.api.JDA.Status.CONNECTED);
        }
    }

    @Test
    @DisplayName("a 429 with Retry-After on the reply is waited out and the reply still arrives")
    void replyArrivesAfterRateLimit() throws Exception {
        // given Discord will rate-limit the next channel message
        harness.discord.rateLimitOnce("POST", "channels/\\d+/messages");
        // when a member mentions the bot
        long message = harness.discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);
        // then the first attempt got 429 and a retry got through
        RecordedRequest reply = harness.discord.awaitRequest(postIn(Ids.CHANNEL));
        assertThat(reply.body().path("message_reference").path("message_id").asText()).isEqualTo(Ids.s(message));
        List<RecordedRequest> attempts = harness.discord.requests().stream()
                .filter(r -> r.is("POST", "channels/\\d+/messages")).toList();
        assertThat(attempts).extracting(RecordedRequest::status).containsExactly(429, 200);
    }

    @Test
    @DisplayName("a 429 on the answer to /ask (its interaction callback) is retried too")
    void answerArrivesAfterRateLimit() throws Exception {
        harness.discord.rateLimitOnce("POST", "interactions/.*");
        long id = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        RecordedRequest answer = harness.discord.awaitRequest(r -> callbackOf(id).test(r) && r.status() != 429);
        assertThat(Json.embed(answer.body()).path("title").asText()).isNotBlank();
        assertThat(harness.discord.requests().stream().filter(callbackOf(id)).map(RecordedRequest::status))
                .containsExactly(429, 204);
        assertThat(harness.discord.requests()).noneMatch(editOf(id));
    }
}
