package dev.stackbot.question;

/** Whether the knowledge can answer a question, and if not, why not. */
public enum Coverage {
    COVERED,
    /** Nothing left after cleaning: empty, emoji only, control characters. */
    EMPTY,
    /** It asks about technologies the knowledge has no sources on. */
    FOREIGN,
    /**
     * It chooses between two names of one of the knowledge's technologies ("Django or Flask?", "Express vs Koa"):
     * the sources weigh the technologies against each other, not the parts of one.
     */
    WITHIN_ONE,
    /** No entity and no aspect of the knowledge in it. */
    NO_TOPIC,
    /**
     * It asks for a thing by a word the sources never use, and is not theirs by meaning either ("what licence
     * is Node.js released under?"): the thing is {@link UnderstoodQuestion#foreign()}.
     */
    UNKNOWN_THING
}
