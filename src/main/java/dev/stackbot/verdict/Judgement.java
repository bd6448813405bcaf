package dev.stackbot.verdict;

import dev.stackbot.knowledge.VerdictRule;
import java.util.List;

/**
 * A verdict with what produced it.
 *
 * @param verdict  the verdict
 * @param rule     the rule that judged, or null
 * @param subjects the entities the verdict is about: those the question named, or the rule's when it named none
 * @param parts    for a question with two needs whose winners differ, each need's own judgement; otherwise empty
 * @param beside   for a verdict favoring one technology, the judgement of another need of the question cited beside
 *                 it: one (or another aspect its words signal) whose rule favors the same technology, or the
 *                 question's first need when the sources disagree on it and this verdict is its second need's;
 *                 otherwise null
 */
public record Judgement(Verdict verdict, VerdictRule rule, List<String> subjects, List<Judgement> parts,
                        Judgement beside) {

    public Judgement {
        subjects = List.copyOf(subjects);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public Judgement(Verdict verdict, VerdictRule rule, List<String> subjects, List<Judgement> parts) {
        this(verdict, rule, subjects, parts, null);
    }

    /** The same judgement, with another need's judgement beside it. */
    public Judgement withBeside(Judgement other) {
        return new Judgement(verdict, rule, subjects, parts, other);
    }

    /** Whether a {@code depends} rule was settled for one side by the case the question is in ({@link VerdictEngine#inCase}). */
    public boolean settledByCase() {
        return rule != null && rule.kind() == dev.stackbot.knowledge.RuleKind.DEPENDS && verdict.kind() == VerdictKind.FAVORS;
    }

    /** A judgement of a question with one need. */
    public Judgement(Verdict verdict, VerdictRule rule, List<String> subjects) {
        this(verdict, rule, subjects, List.of());
    }
}
