package dev.stackbot.app;

import dev.stackbot.discord.BotConfig;
import dev.stackbot.discord.ShardPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
@DisplayName("Bot configuration: environment over YAML file, token never shown")
final class BotConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the environment alone is enough; defaults fill the rest")
    void environmentOnly() {
        BotConfig config = BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "abc.def"), null);
        assertThat(config.token()).isEqualTo("abc.def");
        assertThat(config.knowledgeDir()).isEqualTo(Path.of("./knowledge"));
        assertThat(config.apiUrl()).isEqualTo(BotConfig.DEFAULT_API_URL);
        assertThat(config.gatewayUrl()).isEqualTo(BotConfig.DEFAULT_GATEWAY_URL);
        assertThat(config.adminIds()).isEmpty();
        assertThat(config.guildIds()).isEmpty();
        assertThat(config.shards()).isEqualTo(ShardPlan.ALL);
    }

    @Test
    @DisplayName("shards come from the file (a YAML list or a range) and the environment overrides them")
    void shardSettings() throws IOException {
        Path file = dir.resolve("stackbot.yaml");
        Files.writeString(file, """
                DISCORD_TOKEN: t
                STACKBOT_SHARDS_TOTAL: 4
                STACKBOT_SHARDS: [0, 2]
                """);
        assertThat(BotConfigLoader.load(file, Map.of(), null).shards())
                .isEqualTo(new ShardPlan(4, java.util.List.of(0, 2)));
        assertThat(BotConfigLoader.load(file, Map.of("STACKBOT_SHARDS", "2-3"), null).shards().ids())
                .containsExactly(2, 3);
        assertThat(BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "t", "STACKBOT_SHARDS_TOTAL", "3"), null)
                .shards()).isEqualTo(new ShardPlan(3, java.util.List.of()));
    }

    @Test
    @DisplayName("bad shard settings are configuration errors (exit 2) with one line naming the setting")
    void badShardSettings() {
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("STACKBOT_SHARDS_TOTAL", "four"), "STACKBOT_SHARDS_TOTAL: 'four' is not a whole number",
                Map.of("STACKBOT_SHARDS_TOTAL", "0"), "STACKBOT_SHARDS_TOTAL: '0' must be 1 or more",
                Map.of("STACKBOT_SHARDS", "0-1"), "STACKBOT_SHARDS needs STACKBOT_SHARDS_TOTAL",
                Map.of("STACKBOT_SHARDS_TOTAL", "4", "STACKBOT_SHARDS", "3-4"), "there is no shard 4",
                Map.of("STACKBOT_SHARDS_TOTAL", "4", "STACKBOT_SHARDS", "3-1"), "runs backwards",
                Map.of("STACKBOT_SHARDS_TOTAL", "4", "STACKBOT_SHARDS", "one"), "STACKBOT_SHARDS: 'one' is not");
        cases.forEach((env, message) -> {
            Map<String, String> withToken = new java.util.HashMap<>(env);
            withToken.put("DISCORD_TOKEN", "t");
            assertThatThrownBy(() -> BotConfigLoader.load(null, withToken, null))
                    .isInstanceOfSatisfying(BotConfigException.class, e -> {
                        assertThat(e.tokenProblem()).isFalse();
                        assertThat(e.getMessage()).contains(message).doesNotContain("\n");
                    });
        });
    }

    @Test
    @DisplayName("the environment overrides the file, and --knowledge overrides both")
    void precedence() throws IOException {
        Path file = dir.resolve("stackbot.yaml");
        Files.writeString(file, """
                DISCORD_TOKEN: from-file
                STACKBOT_KNOWLEDGE: /from/file
                STACKBOT_ADMIN_IDS: [1, 2]
                STACKBOT_GUILD_IDS: "10,11"
                """);
        BotConfig fileOnly = BotConfigLoader.load(file, Map.of(), null);
        assertThat(fileOnly.token()).isEqualTo("from-file");
        assertThat(fileOnly.adminIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(fileOnly.guildIds()).containsExactly(10L, 11L);

        BotConfig overridden = BotConfigLoader.load(file,
                Map.of("DISCORD_TOKEN", "from-env", "STACKBOT_KNOWLEDGE", "/from/env"), Path.of("/from/option"));
        assertThat(overridden.token()).isEqualTo("from-env");
        assertThat(overridden.knowledgeDir()).isEqualTo(Path.of("/from/option"));
    }

    @Test
    @DisplayName("a missing token is a token problem (exit 3) and the message says what to set")
    void missingToken() {
        assertThatThrownBy(() -> BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "  "), null))
                .isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.tokenProblem()).isTrue();
                    assertThat(e.getMessage()).contains("DISCORD_TOKEN");
                });
    }

    @Test
    @DisplayName("toString never shows the token")
    void tokenMasked() {
        BotConfig config = BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "super-secret-token"), null);
        assertThat(config.toString()).doesNotContain("super-secret-token").contains("****");
    }

    @Test
    @DisplayName("a pasted 'Bot ' prefix is dropped (JDA adds it)")
    void botPrefixDropped() {
        assertThat(BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "Bot xyz"), null).token()).isEqualTo("xyz");
    }

    @Test
    @DisplayName("bad ids, bad URLs and unknown file keys are reported without echoing the token")
    void badValues() throws IOException {
        assertThatThrownBy(() -> BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "t0k", "STACKBOT_ADMIN_IDS", "12,abc"), null))
                .isInstanceOf(BotConfigException.class).hasMessageContaining("abc").hasMessageNotContaining("t0k");
        assertThatThrownBy(() -> BotConfigLoader.load(null, Map.of("DISCORD_TOKEN", "t0k", "STACKBOT_DISCORD_GATEWAY_URL", "http://x"), null))
                .isInstanceOf(BotConfigException.class).hasMessageContaining("ws://");
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "DISCORD_TOKN: t0k\n");
        assertThatThrownBy(() -> BotConfigLoader.load(file, Map.of(), null))
                .isInstanceOfSatisfying(BotConfigException.class, e -> {
                    assertThat(e.tokenProblem()).isFalse();
                    assertThat(e.getMessage()).contains("DISCORD_TOKN").doesNotContain("t0k");
                });
    }

    @Test
    @DisplayName("the shipped example loads as is: with the token from the environment it gives the defaults")
    void exampleLoads() {
        BotConfig config = BotConfigLoader.load(Path.of("src/main/resources/stackbot.example.yaml"),
                Map.of("DISCORD_TOKEN", "abc"), null);
        assertThat(config.healthFile()).isNull();
        assertThat(config.adminIds()).isEmpty();
        assertThat(config.apiUrl()).isEqualTo(BotConfig.DEFAULT_API_URL);
    }

    @Test
    @DisplayName("the shipped example config names every key the loader knows")
    void exampleDocumentsEveryKey() throws IOException {
        String example = Files.readString(Path.of("src/main/resources/stackbot.example.yaml"));
        for (String key : BotConfigLoader.KEYS) {
            assertThat(example).contains(key);
        }
    }
}
