package dev.stackbot.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side, on the JDK's own server: {@code /metrics} (Prometheus text), {@code /healthz} (the process is up)
 * and {@code /readyz} (every readiness check passes: 200, else 503 naming the ones that fail; detail lines, such
 * as each gateway shard's state, follow the first line).
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;

    private MetricsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts listening.
     *
     * @param checks readiness checks by name (e.g. discord, knowledge, store), asked at each /readyz
     * @throws UncheckedIOException when the address cannot be bound (its message names it)
     */
    public static MetricsServer start(MetricsConfig config, BotMetrics metrics, Map<String, BooleanSupplier> checks) {
        return start(config, metrics, checks, List::of);
    }

    /**
     * As {@link #start(MetricsConfig, BotMetrics, Map)}, with {@code details} asked at each /readyz for lines to
     * list under the verdict (e.g. "shard 2/4: CONNECTED"), whether ready or not.
     */
    public static MetricsServer start(MetricsConfig config, BotMetrics metrics, Map<String, BooleanSupplier> checks,
                                      Supplier<List<String>> details) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for metrics on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        Map<String, BooleanSupplier> ordered = new LinkedHashMap<>(checks);
        server.createContext("/metrics", exchange -> reply(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()));
        server.createContext("/healthz", exchange -> reply(exchange, 200, "text/plain; charset=utf-8", "ok\n"));
        server.createContext("/readyz", exchange -> {
            List<String> failing = ordered.entrySet().stream().filter(check -> !passes(check.getValue()))
                    .map(Map.Entry::getKey).toList();
            StringBuilder body = new StringBuilder(failing.isEmpty() ? "ready" : "not ready: " + String.join(", ", failing))
                    .append('\n');
            detailLines(details).forEach(line -> body.append(line).append('\n'));
            reply(exchange, failing.isEmpty() ? 200 : 503, "text/plain; charset=utf-8", body.toString());
        });
        // one thread: a scrape every few seconds and a health check every half minute
        ExecutorService threads = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "stackbot-metrics");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        LOG.info("metrics on http://{}:{}/metrics, health on /healthz and /readyz", config.host(),
                server.getAddress().getPort());
        return new MetricsServer(server, threads);
    }

    /** The port bound (the one asked for, or the free one chosen for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // a check that throws is a check that fails: /readyz must answer, not hang or 500
    private static boolean passes(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.debug("readiness check failed", e);
            return false;
        }
    }

    private static List<String> detailLines(Supplier<List<String>> details) {
        try {
            List<String> lines = details.get();
            return lines == null ? List.of() : lines;
        } catch (RuntimeException e) {
            LOG.debug("readiness details failed", e);
            return List.of();
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
