package dev.stackbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(90)
@DisplayName("stackbot serve: a token Discord rejects after a good start ends the bot with exit 3, a shard it ends for good with exit 1")
final class TokenRevokedE2ETest {

    private static final String TOKEN = "the-token";

    @TempDir
    Path data;

    /** Starts serve on the fake Discord in the background and waits until it has registered its commands. */
    private FutureTask<Integer> serve(FakeDiscord discord, ByteArrayOutputStream err) throws Exception {
        return serve(discord, err, Map.of());
    }

    /** As {@link #serve(FakeDiscord, ByteArrayOutputStream)}; cancelling the task interrupts serve, which then stops. */
    private FutureTask<Integer> serve(FakeDiscord discord, ByteArrayOutputStream err, Map<String, String> more)
            throws Exception {
        Map<String, String> env = new HashMap<>(more);
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("STACKBOT_DISCORD_API_URL", discord.restUrl());
        env.put("STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("STACKBOT_KNOWLEDGE", "src/test/resources/knowledge-fixture");
        env.put("STACKBOT_DATA", data.toString());
        env.put("STACKBOT_SEMANTIC", "off");
        PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
        FutureTask<Integer> exit = new FutureTask<>(() -> new CommandLine(new ServeCommand(env)).setErr(stderr).execute());
        Thread thread = new Thread(exit, "serve-under-test");
        thread.setDaemon(true);
        thread.start();
        discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));
        return exit;
    }

    @Test
    @DisplayName("the gateway closes with 4004 while the bot runs: one clear line, exit 3")
    void gatewayRejects() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(TOKEN)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FutureTask<Integer> exit = serve(discord, err);

            discord.closeGateway(4004, "Authentication failed.");

            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ServeCommand.EXIT_TOKEN);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("stackbot serve: Discord rejected the token: check DISCORD_TOKEN").doesNotContain(TOKEN);
        }
    }

    @Test
    @DisplayName("with 2 shards, the gateway closing one of them with 4004 ends serve with exit 3")
    void gatewayRejectsOneShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(FakeDiscord.Setup.of(TOKEN).shards(2))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FutureTask<Integer> exit = serve(discord, err, Map.of("STACKBOT_SHARDS_TOTAL", "2"));
            assertThat(discord.identifies()).hasSize(2);

            discord.closeShard(1, 4004, "Authentication failed.");

            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ServeCommand.EXIT_TOKEN);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("stackbot serve: Discord rejected the token: check DISCORD_TOKEN").doesNotContain(TOKEN);
        }
    }

    @Test
    @DisplayName("with 2 shards, Discord ending one for good (4011: sharding required) ends serve with exit 1, naming the shard")
    void lostShardIsNotACleanStop() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(FakeDiscord.Setup.of(TOKEN).shards(2))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FutureTask<Integer> exit = serve(discord, err, Map.of("STACKBOT_SHARDS_TOTAL", "2"));
            assertThat(discord.identifies()).hasSize(2);

            discord.closeShard(1, 4011, "Sharding required.");

            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ServeCommand.EXIT_FAILURE);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("stackbot serve: Discord ended shard 1/2 (close code 4011")
                    .doesNotContain("rejected the token");
        }
    }

    @Test
    @DisplayName("a REST call answered 401 while the bot runs (the reply to an /ask) ends serve with exit 3")
    void restRejects() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(TOKEN)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FutureTask<Integer> exit = serve(discord, err);

            // when Discord resets the token and then a member asks
            discord.revokeTokenOnRest();
            long ask = discord.slash("ask", Ids.fresh(), Map.of("question", "Is Go faster than Rust?"));

            // then the reply was refused, and serve ends as for a token refused at start
            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ServeCommand.EXIT_TOKEN);
            assertThat(discord.requests()).anyMatch(r -> FakeDiscord.callbackOf(ask).test(r) && r.status() == 401);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("stackbot serve: Discord rejected the token: check DISCORD_TOKEN").doesNotContain(TOKEN);
        }
    }

    @Test
    @DisplayName("a 401 for an expired interaction token (code 50027) says nothing of the bot's token: serve goes on answering")
    void expiredInteractionTokenIsNotTheBotToken() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(TOKEN)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FutureTask<Integer> exit = serve(discord, err);

            // when one answer is refused as Discord refuses an interaction token past its 15 minutes (the answer
            // is the interaction's first response, its callback)
            discord.failOnce("POST", "interactions/.*", 401, 50027, "Invalid Webhook Token");
            long first = discord.slash("ask", Ids.fresh(), Map.of("question", "Is Go faster than Rust?"));
            discord.awaitRequest(r -> FakeDiscord.callbackOf(first).test(r) && r.status() == 401);

            // then the next question is still answered and serve still runs
            long second = discord.slash("ask", Ids.fresh(), Map.of("question", "Is Go faster than Rust?"));
            discord.awaitRequest(r -> FakeDiscord.answerOf(second).test(r) && r.status() < 300);
            assertThat(exit.isDone()).isFalse();
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("rejected the token");
            exit.cancel(true);
        }
    }
}
