package dev.stackbot.discord;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Settings of {@code stackbot serve}, merged from the optional YAML file and the environment.
 *
 * @param token         the Discord bot token; never printed: {@link #toString()} masks it
 * @param knowledgeDir  the knowledge directory to serve
 * @param adminIds      user ids allowed to /reload besides members with Manage Server
 * @param guildIds      guilds to register the commands on; empty registers them globally
 * @param apiUrl        REST base URL (Discord's v10 API unless pointed elsewhere, e.g. at a test double)
 * @param gatewayUrl    gateway URL the session controller hands to JDA
 * @param healthFile    file touched while every shard of this process is connected, or null for none
 * @param shards        which gateway shards this process runs (STACKBOT_SHARDS_TOTAL, STACKBOT_SHARDS)
 */
public record BotConfig(String token, Path knowledgeDir, Set<Long> adminIds, List<Long> guildIds,
                        String apiUrl, String gatewayUrl, Path healthFile, ShardPlan shards) {

    /** Discord's REST base for API version 10. */
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
    /** Discord's public gateway. */
    public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";

    public BotConfig {
        adminIds = Set.copyOf(adminIds);
        guildIds = List.copyOf(guildIds);
        shards = shards == null ? ShardPlan.ALL : shards;
    }

    /** One process running every shard, as many as Discord recommends. */
    public BotConfig(String token, Path knowledgeDir, Set<Long> adminIds, List<Long> guildIds,
                     String apiUrl, String gatewayUrl, Path healthFile) {
        this(token, knowledgeDir, adminIds, guildIds, apiUrl, gatewayUrl, healthFile, ShardPlan.ALL);
    }

    /** The same settings running other shards. */
    public BotConfig withShards(ShardPlan plan) {
        return new BotConfig(token, knowledgeDir, adminIds, guildIds, apiUrl, gatewayUrl, healthFile, plan);
    }

    /** Masks the token so that logging a config can never leak it. */
    @Override
    public String toString() {
        return "BotConfig[token=" + mask(token) + ", knowledgeDir=" + knowledgeDir + ", adminIds=" + adminIds
                + ", guildIds=" + guildIds + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
                + ", healthFile=" + healthFile + ", shards=" + shards + "]";
    }

    /** "(not set)" or "****" followed by nothing of the secret: not even its length. */
    static String mask(String secret) {
        return secret == null || secret.isBlank() ? "(not set)" : "****";
    }
}
