package dev.stackbot.verdict;

import dev.stackbot.knowledge.VerdictRule;
import java.util.List;

/**
 * A verdict with what produced it.
 *
 * @param verdict  the verdict
 * @param rule     the rule that judged, or null
 * @param subjects the entities the verdict is about: those the question named, or the rule's when it named none
 * @param needs    for a question with two needs whose winners differ, each need and its winner; otherwise empty
 */
public record Judgement(Verdict verdict, VerdictRule rule, List<String> subjects, List<Need> needs) {

    /** One need of a question with several, with the aspect's label and the winner its rule favors. */
    public record Need(String aspectLabel, String winner) {
    }

    public Judgement {
        subjects = List.copyOf(subjects);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    /** A judgement of a question with one need. */
    public Judgement(Verdict verdict, VerdictRule rule, List<String> subjects) {
        this(verdict, rule, subjects, List.of());
    }
}
