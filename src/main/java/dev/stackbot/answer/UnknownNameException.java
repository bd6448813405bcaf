package dev.stackbot.answer;

/** A name the user gave (entity, aspect) is not in the knowledge; the message is fit to show the user. */
public final class UnknownNameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownNameException(String message) {
        super(message);
    }
}
