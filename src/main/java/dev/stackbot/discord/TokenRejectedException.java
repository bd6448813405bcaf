package dev.stackbot.discord;

/** Discord refused the bot token, at login (REST 401) or on the gateway (close code 4004). */
public final class TokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean byGateway;

    TokenRejectedException(boolean byGateway) {
        super(byGateway ? "the Discord gateway rejected the token" : "Discord rejected the token (401 Unauthorized)");
        this.byGateway = byGateway;
    }

    /** True when the REST check passed and the gateway refused it. */
    public boolean byGateway() {
        return byGateway;
    }
}
