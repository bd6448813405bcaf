package dev.stackbot.store;

/** The store cannot do what was asked (unreachable, or a bad setting); the message is one line for a user. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
