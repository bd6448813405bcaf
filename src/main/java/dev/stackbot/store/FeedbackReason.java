package dev.stackbot.store;

import java.util.Arrays;
import java.util.Optional;

/** Why an answer got a 👎, picked from a short list so the reasons can be counted. */
public enum FeedbackReason {
    WRONG_VERDICT("wrong-verdict", "Wrong verdict"),
    QUOTE_OFF_TOPIC("quote-off-topic", "Quote off topic"),
    MISSING_SOURCE("missing-source", "Missing source"),
    OUTDATED("outdated", "Outdated");

    private final String code;
    private final String label;

    FeedbackReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As stored and as a select menu value. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FeedbackReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
