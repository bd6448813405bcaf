package dev.stackbot.verdict;

import java.util.Map;
import java.util.Objects;

/**
 * What the rules conclude for one understood question.
 *
 * @param kind    favors, depends, contested or none
 * @param winner  the favored entity id, only for {@link VerdictKind#FAVORS}
 * @param summary one line, e.g. "Node.js — for I/O-bound APIs"
 * @param rule    id of the rule that gave the verdict, null for none
 * @param support entity id → number of distinct sources supporting that side (insertion-ordered)
 * @param byCase  a {@code depends} rule settled for one side because the question is in the case that side's quote
 *                states ("Node.js can reduce server costs for high-concurrency, real-time applications"): the kind is
 *                favors while the rule is a depends one
 */
public record Verdict(VerdictKind kind, String winner, String summary, String rule, Map<String, Integer> support,
                      boolean byCase) {

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        support = support == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(support));
        if (kind == VerdictKind.FAVORS && winner == null) {
            throw new IllegalArgumentException("a favors verdict names its winner");
        }
        if (kind != VerdictKind.FAVORS && winner != null) {
            throw new IllegalArgumentException("only a favors verdict has a winner");
        }
        if (byCase && kind != VerdictKind.FAVORS) {
            throw new IllegalArgumentException("only a favors verdict is settled by a case");
        }
    }

    /** A verdict as its rule gives it, not settled by a case. */
    public Verdict(VerdictKind kind, String winner, String summary, String rule, Map<String, Integer> support) {
        this(kind, winner, summary, rule, support, false);
    }

    /** The verdict for a question with nothing to judge. */
    public static Verdict none(String summary) {
        return new Verdict(VerdictKind.NONE, null, summary, null, Map.of());
    }
}
