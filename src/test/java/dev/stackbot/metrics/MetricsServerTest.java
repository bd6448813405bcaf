package dev.stackbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
@DisplayName("The metrics endpoint: real HTTP requests to /metrics, /healthz and /readyz")
final class MetricsServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("/metrics serves the counters in the Prometheus text format, and they move")
    void metrics() throws Exception {
        BotMetrics metrics = new BotMetrics();
        try (MetricsServer server = MetricsServer.start(new MetricsConfig("127.0.0.1", 0), metrics, Map.of())) {
            // given two answers, one declined, a vote and a refused reload
            metrics.answered("slash", "FAVORS", true, Duration.ofMillis(3));
            metrics.answered("mention", "NONE", false, Duration.ofMillis(1));
            metrics.feedback(false);
            metrics.reloaded(false);
            metrics.gauge("stackbot.store.queue.depth", "waiting", () -> 7);

            // when Prometheus scrapes, after a collection (Micrometer holds gauge sources weakly unless told)
            System.gc();
            HttpResponse<String> response = get(server.port(), "/metrics");

            // then each is there with its labels
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(response.body())
                    .contains("stackbot_answers_total{surface=\"slash\",verdict=\"favors\"} 1.0")
                    .contains("stackbot_answers_total{surface=\"mention\",verdict=\"none\"} 1.0")
                    .contains("stackbot_declined_questions_total{surface=\"mention\"} 1.0")
                    .doesNotContain("stackbot_declined_questions_total{surface=\"slash\"}")
                    .contains("stackbot_feedback_total{vote=\"down\"} 1.0")
                    .contains("stackbot_reloads_total 1.0")
                    .contains("stackbot_reload_failures_total 1.0")
                    .contains("stackbot_store_queue_depth 7.0")
                    .contains("stackbot_answer_latency_seconds_bucket{surface=\"slash\"")
                    .contains("stackbot_answer_latency_seconds_count{surface=\"slash\"} 1");

            // and the next answer moves its counter
            metrics.answered("slash", "FAVORS", true, Duration.ofMillis(2));
            assertThat(get(server.port(), "/metrics").body())
                    .contains("stackbot_answers_total{surface=\"slash\",verdict=\"favors\"} 2.0");
        }
    }

    @Test
    @DisplayName("/healthz is 200 while the process is up; /readyz is 503 naming what is not ready, then 200")
    void health() throws Exception {
        AtomicBoolean connected = new AtomicBoolean(false);
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("discord", connected::get);
        checks.put("knowledge", () -> true);
        checks.put("store", () -> {
            throw new IllegalStateException("a check that throws fails, it does not break /readyz");
        });
        try (MetricsServer server = MetricsServer.start(new MetricsConfig("127.0.0.1", 0), new BotMetrics(), checks)) {
            assertThat(get(server.port(), "/healthz").statusCode()).isEqualTo(200);

            HttpResponse<String> notReady = get(server.port(), "/readyz");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("not ready: discord, store\n");

            checks.put("store", () -> true); // the server keeps its own copy: the map given at start counts
            connected.set(true);
            assertThat(get(server.port(), "/readyz").body()).isEqualTo("not ready: store\n");
        }
        try (MetricsServer server = MetricsServer.start(new MetricsConfig("127.0.0.1", 0), new BotMetrics(),
                Map.of("discord", () -> true))) {
            HttpResponse<String> ready = get(server.port(), "/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("ready\n");
        }
    }

    @Test
    @DisplayName("/readyz lists detail lines (each shard's state) under its verdict, ready or not; details that throw are left out")
    void readinessDetails() throws Exception {
        // given a readiness check and the shard lines it stands on
        AtomicBoolean connected = new AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicReference<java.util.List<String>> shards = new java.util.concurrent.atomic.AtomicReference<>(
                java.util.List.of("shard 0/2: CONNECTED", "shard 1/2: RECONNECT_QUEUED"));
        java.util.function.Supplier<java.util.List<String>> details = () -> {
            if (shards.get() == null) {
                throw new IllegalStateException("the bot is gone");
            }
            return shards.get();
        };
        try (MetricsServer server = MetricsServer.start(new MetricsConfig("127.0.0.1", 0), new BotMetrics(),
                Map.of("discord", connected::get), details)) {
            // then a 503 says which shard is not connected
            HttpResponse<String> notReady = get(server.port(), "/readyz");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("not ready: discord\nshard 0/2: CONNECTED\nshard 1/2: RECONNECT_QUEUED\n");
            // and once all are up, the 200 lists them too
            connected.set(true);
            shards.set(java.util.List.of("shard 0/2: CONNECTED", "shard 1/2: CONNECTED"));
            assertThat(get(server.port(), "/readyz").body()).isEqualTo("ready\nshard 0/2: CONNECTED\nshard 1/2: CONNECTED\n");
            // and details that fail do not break the verdict
            shards.set(null);
            HttpResponse<String> broken = get(server.port(), "/readyz");
            assertThat(broken.statusCode()).isEqualTo(200);
            assertThat(broken.body()).isEqualTo("ready\n");
        }
    }

    @Test
    @DisplayName("an address in use is one clear message naming it")
    void portInUse() {
        try (MetricsServer first = MetricsServer.start(new MetricsConfig("127.0.0.1", 0), new BotMetrics(), Map.of())) {
            int taken = first.port();
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            MetricsServer.start(new MetricsConfig("127.0.0.1", taken), new BotMetrics(), Map.of()))
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageStartingWith("cannot listen for metrics on 127.0.0.1:" + taken);
        }
    }
}
