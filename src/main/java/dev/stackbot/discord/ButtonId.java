package dev.stackbot.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a component on an answer does, encoded in its custom id (at most 100 characters):
 * {@code more:<answerKey>:<page>} and {@code fb:<up|down>:<answerKey>} on the answer's buttons; after a 👎,
 * {@code fbr:<answerKey>} (the reason menu), {@code fbc:<answerKey>} (the comment button) and
 * {@code fbm:<answerKey>} (the comment modal).
 *
 * @param action    more, up, down, reason, comment or modal
 * @param answerKey key of the answer in the {@link AnswerStore}
 * @param page      the page to show for "more", 0 otherwise
 */
public record ButtonId(String action, String answerKey, int page) {

    public static final String MORE = "more";
    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String REASON = "reason";
    public static final String COMMENT = "comment";
    public static final String MODAL = "modal";

    private static final Pattern MORE_ID = Pattern.compile("more:([0-9a-z]{1,40}):([0-9]{1,4})");
    private static final Pattern FEEDBACK_ID = Pattern.compile("fb:(up|down):([0-9a-z]{1,40})");
    private static final Pattern FOLLOW_UP_ID = Pattern.compile("(fbr|fbc|fbm):([0-9a-z]{1,40})");

    public static String more(String answerKey, int page) {
        return "more:" + answerKey + ":" + page;
    }

    public static String feedback(boolean up, String answerKey) {
        return "fb:" + (up ? UP : DOWN) + ":" + answerKey;
    }

    /** The select menu of reasons offered after a 👎. */
    public static String reason(String answerKey) {
        return "fbr:" + answerKey;
    }

    /** The button that opens the comment modal. */
    public static String comment(String answerKey) {
        return "fbc:" + answerKey;
    }

    /** The comment modal itself. */
    public static String modal(String answerKey) {
        return "fbm:" + answerKey;
    }

    /** Parses a custom id; anything not made by this class (or tampered with) is empty. */
    public static Optional<ButtonId> parse(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        Matcher more = MORE_ID.matcher(customId);
        if (more.matches()) {
            int page = Integer.parseInt(more.group(2));
            return page < 1 ? Optional.empty() : Optional.of(new ButtonId(MORE, more.group(1), page));
        }
        Matcher feedback = FEEDBACK_ID.matcher(customId);
        if (feedback.matches()) {
            return Optional.of(new ButtonId(feedback.group(1), feedback.group(2), 0));
        }
        Matcher followUp = FOLLOW_UP_ID.matcher(customId);
        if (followUp.matches()) {
            String action = switch (followUp.group(1)) {
                case "fbr" -> REASON;
                case "fbc" -> COMMENT;
                default -> MODAL;
            };
            return Optional.of(new ButtonId(action, followUp.group(2), 0));
        }
        return Optional.empty();
    }
}
