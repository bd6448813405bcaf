package dev.stackbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.discord.fake.FakeDiscord;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("stackbot serve: a token Discord rejects after a good start ends the bot with exit 3")
final class TokenRevokedE2ETest {

    private static final String TOKEN = "the-token";

    @TempDir
    Path data;

    /** Starts serve on the fake Discord in the background and waits until it has registered its commands. */
    private CompletableFuture<Integer> serve(FakeDiscord discord, ByteArrayOutputStream err) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("STACKBOT_DISCORD_API_URL", discord.restUrl());
        env.put("STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("STACKBOT_KNOWLEDGE", "src/test/resources/knowledge-fixture");
        env.put("STACKBOT_DATA", data.toString());
        env.put("STACKBOT_SEMANTIC", "off");
        PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> new CommandLine(new ServeCommand(env)).setErr(stderr).execute());
        discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));
        return exit;
    }

    @Test
    @DisplayName("the gateway closes with 4004 while the bot runs: one clear line, exit 3")
    void gatewayRejects() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(TOKEN)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CompletableFuture<Integer> exit = serve(discord, err);

            discord.closeGateway(4004, "Authentication failed.");

            assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ServeCommand.EXIT_TOKEN);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("stackbot serve: Discord rejected the token: check DISCORD_TOKEN").doesNotContain(TOKEN);
        }
    }
}
