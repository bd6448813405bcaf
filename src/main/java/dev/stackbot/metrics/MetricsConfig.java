package dev.stackbot.metrics;

import java.util.List;
import java.util.Map;

/**
 * Where the metrics and health endpoint listens: off unless STACKBOT_METRICS_PORT is set; on 127.0.0.1 unless
 * STACKBOT_METRICS_HOST says otherwise (0.0.0.0 in a container, so that its health check and Prometheus reach it).
 *
 * @param host the address to bind
 * @param port the port, 0 for any free one (tests), or -1 when the endpoint is off
 */
public record MetricsConfig(String host, int port) {

    public static final String PORT = "STACKBOT_METRICS_PORT";
    public static final String HOST = "STACKBOT_METRICS_HOST";
    /** The settings read here, for the config file's list of known keys. */
    public static final List<String> KEYS = List.of(PORT, HOST);
    public static final String DEFAULT_HOST = "127.0.0.1";
    private static final int OFF = -1;

    /** The endpoint is off. */
    public static MetricsConfig off() {
        return new MetricsConfig(DEFAULT_HOST, OFF);
    }

    /**
     * From settings named like the environment variables.
     *
     * @throws IllegalArgumentException with a one-line message naming the setting
     */
    public static MetricsConfig from(Map<String, String> values) {
        String host = values.get(HOST);
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        String port = values.get(PORT);
        if (port == null || port.isBlank()) {
            return new MetricsConfig(host, OFF);
        }
        try {
            int number = Integer.parseInt(port.strip());
            if (number >= 0 && number <= 65_535) {
                return new MetricsConfig(host, number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PORT + ": '" + port.strip() + "' is not a port (0 to 65535; unset turns metrics off)");
    }

    public boolean enabled() {
        return port != OFF;
    }
}
