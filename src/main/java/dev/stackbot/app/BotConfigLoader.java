package dev.stackbot.app;

import dev.stackbot.cli.KnowledgeOption;
import dev.stackbot.cli.SemanticSetting;

import dev.stackbot.discord.BotConfig;
import dev.stackbot.discord.ShardPlan;
import dev.stackbot.metrics.MetricsConfig;
import dev.stackbot.store.StoreConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@link BotConfig}: the YAML file (flat keys named like the environment variables) first,
 * then the environment on top, so a deployment can override any file value without editing it.
 */
public final class BotConfigLoader {

    public static final String TOKEN = "DISCORD_TOKEN";
    public static final String KNOWLEDGE = KnowledgeOption.SETTING;
    public static final String ADMIN_IDS = "STACKBOT_ADMIN_IDS";
    public static final String GUILD_IDS = "STACKBOT_GUILD_IDS";
    public static final String API_URL = "STACKBOT_DISCORD_API_URL";
    public static final String GATEWAY_URL = "STACKBOT_DISCORD_GATEWAY_URL";
    public static final String HEALTH_FILE = "STACKBOT_HEALTH_FILE";
    public static final String SEMANTIC = "STACKBOT_SEMANTIC";
    public static final String SHARDS_TOTAL = ShardPlan.TOTAL_KEY;
    public static final String SHARDS = ShardPlan.IDS_KEY;

    /** Every key the loader understands; anything else in the file is reported (typos should not pass silently). */
    public static final List<String> KEYS = Stream.concat(Stream.of(TOKEN, KNOWLEDGE, ADMIN_IDS, GUILD_IDS, API_URL,
            GATEWAY_URL, HEALTH_FILE, SEMANTIC, SHARDS_TOTAL, SHARDS), Stream.concat(StoreConfig.KEYS.stream(), MetricsConfig.KEYS.stream()))
            .toList();

    private BotConfigLoader() {
    }

    /**
     * Merges the file (if any) and the environment.
     *
     * @param file       YAML file, or null
     * @param env        environment variables (System.getenv() in production)
     * @param knowledgeOverride the --knowledge option, or null; it wins over both sources
     * @throws BotConfigException with a one-line, token-free message
     */
    public static BotConfig load(Path file, Map<String, String> env, Path knowledgeOverride) {
        Map<String, String> values = merged(file, env);
        String token = values.get(TOKEN) == null ? null : stripBotPrefix(values.get(TOKEN).trim());
        if (token == null || token.isBlank()) {
            throw new BotConfigException("DISCORD_TOKEN is not set: put the bot token in the environment"
                    + " (or in the --config file); see stackbot.example.yaml", true);
        }
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new BotConfigException("DISCORD_TOKEN contains whitespace: copy the token again from the developer portal", true);
        }
        Path knowledge = KnowledgeOption.choose(knowledgeOverride, values.get(KNOWLEDGE));
        String health = values.get(HEALTH_FILE);
        return new BotConfig(token, knowledge, ids(values.get(ADMIN_IDS), ADMIN_IDS),
                new ArrayList<>(ids(values.get(GUILD_IDS), GUILD_IDS)),
                url(values.getOrDefault(API_URL, BotConfig.DEFAULT_API_URL), API_URL, "http"),
                url(values.getOrDefault(GATEWAY_URL, BotConfig.DEFAULT_GATEWAY_URL), GATEWAY_URL, "ws"),
                health == null ? null : Path.of(health), shards(values));
    }

    private static ShardPlan shards(Map<String, String> values) {
        try {
            return ShardPlan.parse(values.get(SHARDS_TOTAL), values.get(SHARDS));
        } catch (IllegalArgumentException e) {
            throw new BotConfigException(e.getMessage());
        }
    }

    /**
     * The store's settings, from the same file and environment as {@link #load}.
     *
     * @throws BotConfigException with a one-line message naming the setting
     */
    /**
     * Whether to understand by meaning too (STACKBOT_SEMANTIC, on unless off), from the same file and environment.
     *
     * @throws BotConfigException when the value is neither on nor off
     */
    public static boolean semantic(Path file, Map<String, String> env) {
        try {
            return SemanticSetting.parse(merged(file, env).get(SEMANTIC));
        } catch (IllegalArgumentException e) {
            throw new BotConfigException(e.getMessage());
        }
    }

    /**
     * Where the metrics and health endpoint listens (off unless STACKBOT_METRICS_PORT), from the same file and
     * environment.
     *
     * @throws BotConfigException with a one-line message naming the setting
     */
    public static MetricsConfig metrics(Path file, Map<String, String> env) {
        try {
            return MetricsConfig.from(merged(file, env));
        } catch (IllegalArgumentException e) {
            throw new BotConfigException(e.getMessage());
        }
    }

    public static StoreConfig store(Path file, Map<String, String> env) {
        try {
            return StoreConfig.from(merged(file, env));
        } catch (IllegalArgumentException e) {
            throw new BotConfigException(e.getMessage());
        }
    }

    private static Map<String, String> merged(Path file, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        if (file != null) {
            values.putAll(readFile(file));
        }
        for (String key : KEYS) {
            String value = env.get(key);
            if (value != null && !value.isBlank()) {
                values.put(key, value.trim());
            }
        }
        return values;
    }

    // People paste "Bot xyz" from examples; JDA adds the prefix itself.
    private static String stripBotPrefix(String token) {
        return token.regionMatches(true, 0, "Bot ", 0, 4) ? token.substring(4).trim() : token;
    }

    private static Map<String, String> readFile(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BotConfigException("cannot read config file " + file + ": " + firstLine(e.getMessage()));
        }
        Map<String, String> values = new HashMap<>();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return values;
        }
        if (!root.isObject()) {
            throw new BotConfigException("config file " + file + " must be a mapping of KEY: value");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey().trim().toUpperCase(java.util.Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new BotConfigException("config file " + file + ": unknown key '" + entry.getKey()
                        + "' (known: " + String.join(", ", KEYS) + ")");
            }
            JsonNode value = entry.getValue();
            if (value.isNull() || (value.isValueNode() && value.asText().isBlank())) {
                continue; // an empty value means "use the default", as in the shipped example
            }
            if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.asText()));
                values.put(key, String.join(",", parts));
            } else {
                values.put(key, value.asText());
            }
        }
        return values;
    }

    private static Set<Long> ids(String csv, String key) {
        Set<Long> ids = new LinkedHashSet<>();
        if (csv == null || csv.isBlank()) {
            return ids;
        }
        for (String part : csv.split(",")) {
            String id = part.trim();
            if (id.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseUnsignedLong(id));
            } catch (NumberFormatException e) {
                throw new BotConfigException(key + ": '" + id + "' is not a Discord id (digits only)");
            }
        }
        return ids;
    }

    private static String url(String value, String key, String scheme) {
        String v = value.trim();
        if (!v.regionMatches(true, 0, scheme, 0, scheme.length())) {
            throw new BotConfigException(key + ": '" + v + "' must start with " + scheme + ":// or " + scheme + "s://");
        }
        return v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
