package dev.stackbot.semantic;

/** The embedding model cannot be loaded or run here; the engine then answers lexically. Its message says why. */
public final class SemanticUnavailableException extends RuntimeException {

    public SemanticUnavailableException(String message) {
        super(message);
    }

    public SemanticUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
