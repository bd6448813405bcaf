package dev.stackbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The bot's meters in one Prometheus registry. Callers hand in plain values (surface and verdict names, a vote),
 * so that nothing outside this package and the composition root depends on Micrometer.
 */
public final class BotMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

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
        Counter.builder("stackbot.answers").description("Answers served, by surface and verdict kind")
                .tag("surface", where).tag("verdict", tag(verdictKind)).register(registry).increment();
        Timer.builder("stackbot.answer.latency").description("Time to answer a question, before the reply is sent")
                .tag("surface", where).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(latency);
        if (!covered) {
            Counter.builder("stackbot.declined.questions").description("Questions outside the knowledge, declined")
                    .tag("surface", where).register(registry).increment();
        }
    }

    /** One 👍 ({@code helpful}) or 👎. */
    public void feedback(boolean helpful) {
        Counter.builder("stackbot.feedback").description("Feedback votes on answers")
                .tag("vote", helpful ? "up" : "down").register(registry).increment();
    }

    /** One /reload: {@code valid} false when the new knowledge was refused and the old one kept serving. */
    public void reloaded(boolean valid) {
        Counter.builder("stackbot.reloads").description("Knowledge reloads asked for").register(registry).increment();
        if (!valid) {
            Counter.builder("stackbot.reload.failures").description("Reloads refused: the knowledge had errors")
                    .register(registry).increment();
        }
    }

    /** A value read at each scrape (a queue's depth, 1 or 0 for a state). */
    public void gauge(String name, String description, DoubleSupplier value) {
        Gauge.builder(name, value, DoubleSupplier::getAsDouble).description(description).register(registry);
    }

    /** A total kept elsewhere that only grows (failed writes), read at each scrape. */
    public void total(String name, String description, DoubleSupplier value) {
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
