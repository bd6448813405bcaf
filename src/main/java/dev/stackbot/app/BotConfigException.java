package dev.stackbot.app;

/** The bot's configuration cannot be used; the message is one line fit for stderr and never holds the token. */
public final class BotConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean tokenProblem;

    public BotConfigException(String message) {
        this(message, false);
    }

    /** @param tokenProblem the token is missing or malformed (serve exits with 3 for those) */
    public BotConfigException(String message, boolean tokenProblem) {
        super(message);
        this.tokenProblem = tokenProblem;
    }

    public boolean tokenProblem() {
        return tokenProblem;
    }
}
