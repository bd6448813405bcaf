package dev.stackbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Metrics settings: off by default, on 127.0.0.1 unless told otherwise")
final class MetricsConfigTest {

    @Test
    @DisplayName("with no settings the endpoint is off")
    void offByDefault() {
        assertThat(MetricsConfig.from(Map.of()).enabled()).isFalse();
        assertThat(MetricsConfig.from(Map.of(MetricsConfig.PORT, " ")).enabled()).isFalse();
    }

    @Test
    @DisplayName("a port turns it on, on loopback; a host moves it")
    void portAndHost() {
        assertThat(MetricsConfig.from(Map.of(MetricsConfig.PORT, "9464")))
                .isEqualTo(new MetricsConfig("127.0.0.1", 9464));
        assertThat(MetricsConfig.from(Map.of(MetricsConfig.PORT, "9464", MetricsConfig.HOST, "0.0.0.0")))
                .isEqualTo(new MetricsConfig("0.0.0.0", 9464));
    }

    @Test
    @DisplayName("a port that is not one is refused with the setting's name")
    void badPort() {
        for (String bad : new String[] {"http", "-1", "70000"}) {
            assertThatThrownBy(() -> MetricsConfig.from(Map.of(MetricsConfig.PORT, bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("STACKBOT_METRICS_PORT: '" + bad + "' is not a port (0 to 65535; unset turns metrics off)");
        }
    }
}
