package dev.stackbot.knowledge;

/**
 * A technology Stackbot recognizes but has no sources about.
 *
 * @param alongside whether it is used alongside the compared technologies rather than instead of them (a
 *                  database, a front-end framework, a container platform): named as a question's context
 *                  ("our frontend is React", "it reads from Postgres") it does not make the question foreign;
 *                  compared with something ("React or Vue?") it still does
 */
public record OtherTechnology(String name, boolean caseSensitive, boolean alongside) {

    /** A technology used instead of the compared ones (another language or runtime). */
    public OtherTechnology(String name, boolean caseSensitive) {
        this(name, caseSensitive, false);
    }
}
