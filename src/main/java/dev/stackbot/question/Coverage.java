package dev.stackbot.question;

/** Whether the knowledge can answer a question, and if not, why not. */
public enum Coverage {
    COVERED,
    /** Nothing left after cleaning: empty, emoji only, control characters. */
    EMPTY,
    /** It asks about technologies the knowledge has no sources on. */
    FOREIGN,
    /** No entity and no aspect of the knowledge in it. */
    NO_TOPIC
}
