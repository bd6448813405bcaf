package dev.stackbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller for shards, connecting to a configured gateway URL. It keeps JDA's handling of
 * identify concurrency: Discord allows {@code session_start_limit.max_concurrency} IDENTIFYs at once (one bucket
 * per {@code shard_id % max_concurrency}) and one per bucket every 5 s, and {@link ConcurrentSessionController}
 * queues each shard in its bucket accordingly. Only the address changes: the shard manager takes the gateway
 * URL from GET /gateway/bot, and this is JDA's public hook to point it elsewhere (STACKBOT_DISCORD_GATEWAY_URL:
 * a proxy, or the test double) while the shard count and concurrency still come from Discord.
 */
public final class FixedGatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    public FixedGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
    }
}
