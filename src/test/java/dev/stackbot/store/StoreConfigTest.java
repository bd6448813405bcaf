package dev.stackbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StoreConfig: settings of the store")
final class StoreConfigTest {

    @Test
    @DisplayName("with no settings: SQLite in ./data, a key file, 90 days")
    void defaults() {
        // when nothing is set
        StoreConfig config = StoreConfig.from(Map.of());
        // then
        assertThat(config.postgres()).isFalse();
        assertThat(config.sqliteFile()).isEqualTo(Path.of("./data/stackbot.db"));
        assertThat(config.hashKey()).isNull();
        assertThat(config.retentionDays()).isEqualTo(90);
    }

    @Test
    @DisplayName("a PostgreSQL URL selects PostgreSQL; its password appears in no description")
    void postgresUrl() {
        // given a URL with credentials in it
        StoreConfig config = StoreConfig.from(Map.of(StoreConfig.DATABASE_URL,
                "jdbc:postgresql://db:5432/stackbot?user=bot&password=s3cret"));
        // then
        assertThat(config.postgres()).isTrue();
        assertThat(config.describe()).isEqualTo("PostgreSQL jdbc:postgresql://db:5432/stackbot");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    @DisplayName("bad values are refused with the setting's name and without echoing a URL")
    void badValues() {
        assertThatThrownBy(() -> StoreConfig.from(Map.of(StoreConfig.DATABASE_URL, "mysql://u:pw@host/db")))
                .hasMessageStartingWith("STACKBOT_DATABASE_URL must be a jdbc:postgresql://")
                .hasMessageNotContaining("pw");
        assertThatThrownBy(() -> StoreConfig.from(Map.of(StoreConfig.RETENTION_DAYS, "ninety")))
                .hasMessage("STACKBOT_RETENTION_DAYS: 'ninety' is not a number of days");
        assertThatThrownBy(() -> StoreConfig.from(Map.of(StoreConfig.RETENTION_DAYS, "0")))
                .hasMessageContaining("at least 1 day");
        assertThatThrownBy(() -> StoreConfig.from(Map.of(StoreConfig.HASH_KEY, "short")))
                .hasMessageContaining("at least 16 characters");
    }
}
