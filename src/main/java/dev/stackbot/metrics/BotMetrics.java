package dev.stackbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleSupplier;

/**
 * The bot's meters in one Prometheus registry. Callers hand in plain values (surface and verdict names, a vote),
 * so that nothing outside this package and the composition root depends on Micrometer.
 */
public final class BotMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Micrometer holds a function counter's source only weakly: a lambda would be collected, and its total freeze. */
    private final List<DoubleSupplier> sources = new CopyOnWriteArrayList<>();
    // registered up front, so that a scrape shows 0 rather than no series before the first one
    private final Counter reloads = Counter.builder("stackbot.reloads").description("Knowledge reloads asked for")
            .register(registry);
    private final Counter reloadFailures = Counter.builder("stackbot.reload.failures")
            .description("Reloads refused: the knowledge had errors").register(registry);
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
    private final Map<String, Counter> declined = new ConcurrentHashMap<>();
    private final Counter votesUp = vote("up");
    private final Counter votesDown = vote("down");

    /**
     * One answer served.
     *
     * @param surface     where it was asked (slash, mention, dm, cli)
     * @param verdictKind favors, depends, contested or none
     * @param covered     false for a declined question (outside the knowledge), also counted on its own
     * @param latency     from the question to the answer, before it is sent
     */
    public void answered(String surface, String verdictKind, boolean covered, Duration latency) {
        String where = tag(surface);
        String verdict = tag(verdictKind);
        // each meter is built and looked up in the registry once per tag combination, not once per answer
        answers.computeIfAbsent(where + '/' + verdict, k -> Counter.builder("stackbot.answers")
                .description("Answers served, by surface and verdict kind")
                .tag("surface", where).tag("verdict", verdict).register(registry)).increment();
        latencies.computeIfAbsent(where, k -> Timer.builder("stackbot.answer.latency")
                .description("Time to answer a question, before the reply is sent")
                .tag("surface", where).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)).record(latency);
        if (!covered) {
            declined.computeIfAbsent(where, k -> Counter.builder("stackbot.declined.questions")
                    .description("Questions outside the knowledge, declined")
                    .tag("surface", where).register(registry)).increment();
        }
    }

    /** One 👍 ({@code helpful}) or 👎. */
    public void feedback(boolean helpful) {
        (helpful ? votesUp : votesDown).increment();
    }

    /** One /reload: {@code valid} false when the new knowledge was refused and the old one kept serving. */
    public void reloaded(boolean valid) {
        reloads.increment();
        if (!valid) {
            reloadFailures.increment();
        }
    }

    private Counter vote(String vote) {
        return Counter.builder("stackbot.feedback").description("Feedback votes on answers").tag("vote", vote)
                .register(registry);
    }

    /** A value read at each scrape (a queue's depth, 1 or 0 for a state). */
    public void gauge(String name, String description, DoubleSupplier value) {
        // held strongly, or a gauge of a lambda reads NaN once the collector has run
        Gauge.builder(name, value, DoubleSupplier::getAsDouble).strongReference(true).description(description)
                .register(registry);
    }

    /** A value read at each scrape, one series of {@code name} among several told apart by one tag (a shard). */
    public void gauge(String name, String description, String tagKey, String tagValue, DoubleSupplier value) {
        Gauge.builder(name, value, DoubleSupplier::getAsDouble).strongReference(true).description(description)
                .tag(tagKey, tagValue).register(registry);
    }

    /** A total kept elsewhere that only grows (failed writes), read at each scrape. */
    public void total(String name, String description, DoubleSupplier value) {
        sources.add(value);
        FunctionCounter.builder(name, value, DoubleSupplier::getAsDouble).description(description).register(registry);
    }

    /** Every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    // label values stay a small known set: anything missing reads as none
    private static String tag(String value) {
        return value == null || value.isBlank() ? "none" : value.toLowerCase(Locale.ROOT);
    }
}
