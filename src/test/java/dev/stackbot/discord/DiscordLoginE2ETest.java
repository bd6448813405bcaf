package dev.stackbot.discord;

import dev.stackbot.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Login against the fake Discord: REST check, HELLO/IDENTIFY/READY/GUILD_CREATE, compression, commands. */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Discord e2e: logging into the fake Discord")
final class DiscordLoginE2ETest {

    /** Longer than one heartbeat interval of the fake's HELLO (41.25 s, as Discord's). */
    private static final java.time.Duration HEARTBEAT_WAIT = java.time.Duration.ofSeconds(60);

    private BotHarness harness;
    /** Everything JDA and Stackbot logged during login, at TRACE, to prove the token never reaches a log. */
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    void start() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger jda = context.getLogger("net.dv8tion");
        Logger stackbot = context.getLogger("dev.stackbot");
        Level jdaLevel = jda.getLevel();
        Level stackbotLevel = stackbot.getLevel();
        logs.start();
        root.addAppender(logs);
        jda.setLevel(Level.TRACE);
        stackbot.setLevel(Level.TRACE);
        try {
            harness = BotHarness.start(Fixtures.FIXTURE);
            // JDA sends a heartbeat right after the HELLO; on a busy machine a CI run once saw none within 15 s
            // (JDA skips a beat while its socket is not yet marked connected), and the next comes one interval
            // later, 41.25 s as the fake's HELLO says, like Discord's
            harness.discord.awaitClientOp(1, 1, HEARTBEAT_WAIT);
        } finally {
            jda.setLevel(jdaLevel);
            stackbot.setLevel(stackbotLevel);
            root.detachAppender(logs);
        }
    }

    @AfterAll
    void stop() throws Exception {
        harness.close();
    }

    @Test
    @DisplayName("the token appears in no log line, even at TRACE, from login to the first heartbeat")
    void tokenNeverLogged() {
        assertThat(logs.list).hasSizeGreaterThan(10);
        assertThat(logs.list).noneSatisfy(event -> assertThat(event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage()))
                .contains(harness.token));
    }

    @Test
    @DisplayName("login checks the token on REST with the Bot scheme (GET /gateway/bot, the shard manager's first call) before opening the gateway")
    void tokenCheckedOnRest() {
        RecordedRequest first = harness.discord.requests().get(0);
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.path()).isEqualTo("gateway/bot");
        assertThat(first.authorization()).isEqualTo("Bot " + harness.token);
        assertThat(harness.discord.requests()).anyMatch(r -> r.is("GET", "users/@me") && r.status() == 200);
        assertThat(harness.discord.identifies()).hasSize(1);
    }

    @Test
    @DisplayName("after HELLO the bot IDENTIFIES as shard [0, 1] with only the GUILD_MESSAGES and DIRECT_MESSAGES intents")
    void identifyWithMinimalIntents() throws Exception {
        JsonNode identify = harness.discord.awaitClientOp(2, 1).get(0).path("d");
        assertThat(identify.path("token").asText()).isEqualTo(harness.token);
        int intents = identify.path("intents").asInt();
        assertThat(GatewayIntent.getIntents(intents))
                .containsExactlyInAnyOrder(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        assertThat(GatewayIntent.getIntents(intents)).doesNotContain(GatewayIntent.MESSAGE_CONTENT);
        // one shard of one, as Discord recommends for a small bot (the fake's GET /gateway/bot says 1)
        assertThat(identify.path("shard").toString()).isEqualTo("[0,1]");
    }

    @Test
    @DisplayName("the gateway connection asks for JSON v10 over zlib-stream, which the fake deflates with SYNC_FLUSH")
    void zlibStreamCompression() {
        String query = harness.discord.gatewayConnectQueries().get(0);
        assertThat(query).contains("encoding=json").contains("v=10").contains("compress=zlib-stream");
    }

    @Test
    @DisplayName("READY and GUILD_CREATE are understood: the bot is connected, knows itself, the guild and its channels")
    void readyAndGuildCreate() {
        JDA jda = harness.bot.jda();
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(Ids.BOT);
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(Ids.APPLICATION);
        assertThat(jda.getGuildById(Ids.GUILD)).isNotNull();
        assertThat(jda.getTextChannelById(Ids.CHANNEL)).isNotNull();
        assertThat(jda.getGuildById(Ids.GUILD).getSelfMember().getRoles()).isNotEmpty();
    }

    @Test
    @DisplayName("the invite link asks for the bot and applications.commands scopes and exactly the documented permissions")
    void inviteUrl() throws Exception {
        java.net.URI url = java.net.URI.create(harness.bot.inviteUrl());
        assertThat(url.getHost()).isEqualTo("discord.com");
        java.util.Map<String, String> query = new java.util.HashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        assertThat(query.get("client_id")).isEqualTo(Ids.s(Ids.APPLICATION));
        assertThat(query.get("scope").split("\\+")).containsExactlyInAnyOrder("bot", "applications.commands");
        assertThat(query.get("permissions")).isEqualTo("274877991936");
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md")))
                .contains("permissions=274877991936").contains("scope=bot+applications.commands");
    }

    @Test
    @DisplayName("heartbeats are sent and acknowledged")
    void heartbeats() throws Exception {
        List<JsonNode> beats = harness.discord.awaitClientOp(1, 1);
        assertThat(beats).isNotEmpty();
        // JDA measures the ping when the fake's op 11 ACK arrives; -1 until then
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (harness.bot.jda().getGatewayPing() < 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
        assertThat(harness.bot.jda().getGatewayPing()).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("the seven commands are registered on the configured guild; /reload and /gaps default to Manage Server")
    void commandsRegistered() {
        RecordedRequest put = harness.discord.requests().stream()
                .filter(r -> r.is("PUT", "applications/" + Ids.APPLICATION + "/guilds/" + Ids.GUILD + "/commands"))
                .findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        put.body().forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).containsExactly("ask", "compare", "sources", "help", "reload", "stats", "gaps");
        JsonNode reload = put.body().get(4);
        assertThat(reload.path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(put.body().get(6).path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(put.body().get(5).path("default_member_permissions").isNull()).isTrue();
        assertThat(put.body().get(0).path("default_member_permissions").isNull()).isTrue();
        JsonNode compare = put.body().get(1);
        List<String> entityChoices = new ArrayList<>();
        compare.path("options").get(0).path("choices").forEach(c -> entityChoices.add(c.path("value").asText()));
        List<String> entities = harness.engine.overview().entities().stream().map(e -> e.id()).toList();
        if (entities.size() <= 25) {
            assertThat(entityChoices).containsExactlyElementsOf(entities);
        } else {
            assertThat(compare.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
        }
        assertThat(compare.path("options").get(2).path("name").asText()).isEqualTo("aspect");
        assertThat(compare.path("options").get(2).path("autocomplete").asBoolean()).isTrue();
        JsonNode ask = put.body().get(0);
        assertThat(ask.path("options").get(0).path("name").asText()).isEqualTo("question");
        assertThat(ask.path("options").get(1).path("name").asText()).isEqualTo("private");
        assertThat(ask.path("options").get(1).path("type").asInt()).isEqualTo(5);
    }
}
