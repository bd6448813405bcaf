package dev.stackbot.app;

import static dev.stackbot.discord.fake.FakeDiscord.postIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.cluster.SingleProcessCoordinator;
import dev.stackbot.discord.BotConfig;
import dev.stackbot.discord.BotEngine;
import dev.stackbot.discord.DiscordBot;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.metrics.MetricsConfig;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** serve's metrics wired as ServeCommand wires them, with the real bot on the real engine and the fake Discord. */
@Timeout(90)
@DisplayName("serve's metrics end to end: counters move as the bot answers, /readyz follows the bot")
final class ServeMetricsE2ETest {

    private static final String QUESTION = "Is Go faster than Rust?";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The scrape once it holds {@code line}: counters move on the bot's threads, a moment after the reply. */
    private static String awaitMetric(int port, String line) throws Exception {
        long deadline = System.nanoTime() + FakeDiscord.WAIT.toNanos();
        String body;
        do {
            body = get(port, "/metrics").body();
            if (body.lines().anyMatch(l -> l.equals(line))) {
                return body;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no line '" + line + "' in /metrics:\n" + body);
    }

    @Test
    @DisplayName("an answer by slash, a declined mention, a 👍 and a /reload each move their counter")
    void countersMove() throws Exception {
        String token = "test-token-" + UUID.randomUUID();
        Path knowledge = Fixtures.copy(Fixtures.FIXTURE, temp);
        try (ServeMetrics metrics = ServeMetrics.start(new MetricsConfig("127.0.0.1", 0));
             FakeDiscord discord = FakeDiscord.start(token)) {
            int port = metrics.port();
            // given the endpoint up before anything else: the process is healthy, nothing is ready
            assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
            HttpResponse<String> starting = get(port, "/readyz");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).isEqualTo("not ready: discord, knowledge, store, knowledge-version\n");

            Engine engine = Engine.open(knowledge);
            metrics.knowledgeLoaded(engine);
            try (Store store = Store.open(StoreConfig.sqlite(temp.resolve("data")))) {
                metrics.storeOpened(store);
                BotConfig config = new BotConfig(token, knowledge, Set.of(Ids.LISTED_ADMIN), List.of(Ids.GUILD),
                        discord.restUrl(), discord.gatewayUrl(), null);
                SingleProcessCoordinator coordinator = new SingleProcessCoordinator(engine.live(), "this process",
                        metrics.reloads());
                metrics.coordinatorStarted(coordinator);
                DiscordBot bot = DiscordBot.start(config, BotEngine.of(engine.ask(), coordinator), store,
                        metrics.events());
                try {
                    metrics.botStarted(bot);
                    discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"));
                    HttpResponse<String> ready = get(port, "/readyz");
                    assertThat(ready.statusCode()).isEqualTo(200);
                    assertThat(ready.body()).isEqualTo("ready\nshard 0/1: CONNECTED\n");
                    assertThat(get(port, "/metrics").body()).contains("stackbot_gateway_connected 1.0")
                            .contains("stackbot_gateway_shard_connected{shard=\"0\"} 1.0");

                    // when a member asks by slash command
                    Answer expected = engine.ask().ask(QUESTION);
                    String verdict = expected.verdict().kind().name().toLowerCase(Locale.ROOT);
                    long ask = discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
                    discord.awaitRequest(dev.stackbot.discord.fake.FakeDiscord.answerOf(ask));
                    // then it is counted by surface and verdict, with its latency
                    String scrape = awaitMetric(port,
                            "stackbot_answers_total{surface=\"slash\",verdict=\"" + verdict + "\"} 1.0");
                    assertThat(scrape).contains("stackbot_answer_latency_seconds_count{surface=\"slash\"} 1")
                            .doesNotContain("stackbot_declined_questions_total");

                    // when someone asks by mention what the knowledge cannot answer, it is counted as declined
                    discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> what is the best pizza topping?",
                            Ids.BOT);
                    discord.awaitRequest(postIn(Ids.CHANNEL));
                    awaitMetric(port, "stackbot_declined_questions_total{surface=\"mention\"} 1.0");

                    // when the answer gets a 👍, the vote is counted
                    String up = dev.stackbot.discord.ButtonId.feedback(true,
                            discord.original(ask).findValuesAsText("custom_id").stream()
                                    .filter(id -> id.startsWith("fb:up:")).findFirst().orElseThrow()
                                    .substring("fb:up:".length()));
                    discord.click(Ids.fresh(), up, discord.original(ask));
                    awaitMetric(port, "stackbot_feedback_total{vote=\"up\"} 1.0");

                    // when an admin reloads valid knowledge, one reload and no failure
                    discord.slash("reload", Ids.LISTED_ADMIN, Map.of());
                    String afterReload = awaitMetric(port, "stackbot_reloads_total 1.0");
                    assertThat(afterReload).contains("stackbot_reload_failures_total 0.0")
                            .contains("stackbot_store_queue_depth ")
                            .contains("stackbot_store_write_failures_total 0.0");
                } finally {
                    bot.close();
                }
                // then, the bot gone, /readyz says so
                HttpResponse<String> stopped = get(port, "/readyz");
                assertThat(stopped.statusCode()).isEqualTo(503);
                assertThat(stopped.body()).isEqualTo("not ready: discord\nshard 0/1: SHUTDOWN\n");
            }
        }
    }
}
