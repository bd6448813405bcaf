package dev.stackbot.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * JDA's default session controller, but connecting to a configured gateway URL. This is JDA's public
 * hook for the gateway address (STACKBOT_DISCORD_GATEWAY_URL): a proxy, or the test double.
 */
public final class FixedGatewaySessionController extends SessionControllerAdapter {

    private final String gatewayUrl;

    public FixedGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
