package dev.stackbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A 👍 or 👎 on an answer, or what a 👎 adds later: a reason, a comment.
 *
 * @param answerId  the answer's id
 * @param askerHash {@link AskerHash} of the user who gave it
 * @param givenAt   when
 * @param up        true for 👍; a reason or a comment always comes with false
 * @param reason    the reason picked, or null (null keeps a reason given before)
 * @param comment   the comment, at most {@link #MAX_COMMENT} characters, or null (null keeps one given before)
 */
public record Feedback(String answerId, String askerHash, Instant givenAt, boolean up, FeedbackReason reason,
                       String comment) implements StoreEntry {

    public static final int MAX_COMMENT = 200;

    public Feedback {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(askerHash, "askerHash");
        Objects.requireNonNull(givenAt, "givenAt");
        if (up && (reason != null || comment != null)) {
            throw new IllegalArgumentException("reasons and comments come with a 👎 only");
        }
        if (comment != null) {
            comment = comment.strip();
            if (comment.isEmpty()) {
                comment = null;
            } else if (comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
                comment = comment.substring(0, comment.offsetByCodePoints(0, MAX_COMMENT));
            }
        }
    }

    public static Feedback vote(String answerId, String askerHash, Instant at, boolean up) {
        return new Feedback(answerId, askerHash, at, up, null, null);
    }
}
