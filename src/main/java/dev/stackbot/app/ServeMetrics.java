package dev.stackbot.app;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.cluster.KnowledgeCoordinator;
import dev.stackbot.discord.AnswerEvents;
import dev.stackbot.discord.DiscordBot;
import dev.stackbot.metrics.BotMetrics;
import dev.stackbot.metrics.MetricsConfig;
import dev.stackbot.metrics.MetricsServer;
import dev.stackbot.store.Store;
import dev.stackbot.store.Surface;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The metrics of one {@code serve} process: the bot's answers, votes and reloads counted, the store's queue and
 * the gateway read at each scrape, and /readyz asking Discord, the knowledge, the store and whether this process
 * serves the cluster's knowledge version. Started before the
 * knowledge loads, so that /healthz answers (and /readyz says "not ready") while it does.
 */
final class ServeMetrics implements AutoCloseable {

    private final BotMetrics metrics = new BotMetrics();
    private final MetricsServer server;
    private volatile Engine engine;
    private volatile Store store;
    private volatile DiscordBot bot;
    private volatile KnowledgeCoordinator coordinator;

    private ServeMetrics(MetricsConfig config) {
        metrics.gauge("stackbot.store.queue.depth", "Answers and feedback waiting to be written",
                () -> store == null ? 0 : store.stats().queued());
        metrics.total("stackbot.store.write.failures", "Failed write attempts (each retried)",
                () -> store == null ? 0 : store.stats().failures());
        metrics.total("stackbot.store.dropped", "Entries never written (queue full, or the store down at shutdown)",
                () -> store == null ? 0 : store.stats().dropped());
        metrics.gauge("stackbot.gateway.connected", "1 while every gateway shard of this process is connected",
                () -> bot != null && bot.connected() ? 1 : 0);
        metrics.gauge("stackbot.answer.cache.hit.ratio", "Share of button lookups answered from memory, not the store",
                () -> bot == null ? Double.NaN : bot.answerCacheStats().hitRate());
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("discord", () -> bot != null && bot.connected());
        checks.put("knowledge", () -> engine != null);
        checks.put("store", () -> store != null && !store.stats().down());
        // several processes: this one serves the version the others do (PostgresCoordinator says why it matters)
        checks.put("knowledge-version", () -> coordinator != null && coordinator.agreement().agreed());
        // each shard with its state under the verdict, so that a 503 says which shard is down and how
        server = config.enabled() ? MetricsServer.start(config, metrics, checks, () -> bot == null ? List.of()
                : bot.shardStates().stream().map(DiscordBot.ShardState::toString).toList()) : null;
    }

    /**
     * Starts the endpoint when {@code config} enables it; counts in memory only otherwise.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    static ServeMetrics start(MetricsConfig config) {
        return new ServeMetrics(config);
    }

    void knowledgeLoaded(Engine loaded) {
        this.engine = loaded;
    }

    void storeOpened(Store opened) {
        this.store = opened;
    }

    void coordinatorStarted(KnowledgeCoordinator started) {
        this.coordinator = started;
    }

    void botStarted(DiscordBot started) {
        this.bot = started;
        for (int id : started.shardIds()) {
            metrics.gauge("stackbot.gateway.shard.connected", "1 while this gateway shard is connected", "shard",
                    Integer.toString(id), () -> started.shardStates().stream()
                            .anyMatch(state -> state.id() == id && state.connected()) ? 1 : 0);
        }
    }

    /** The port the endpoint listens on, or -1 when it is off. */
    int port() {
        return server == null ? -1 : server.port();
    }

    BotMetrics metrics() {
        return metrics;
    }

    /** What the bot reports of its answers and votes, counted here. */
    AnswerEvents events() {
        return new AnswerEvents() {
            @Override
            public void answered(Answer answer, Surface surface, long latencyMicros) {
                metrics.answered(surface.code(), answer.verdict().kind().name(), answer.covered(),
                        Duration.ofNanos(latencyMicros * 1_000));
            }

            @Override
            public void voted(boolean up) {
                metrics.feedback(up);
            }
        };
    }

    /** Counts each reload of this process's knowledge, whether /reload was run here or on another process. */
    Consumer<ReloadResult> reloads() {
        return result -> metrics.reloaded(result.errors().isEmpty());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
