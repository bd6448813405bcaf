package dev.stackbot.verdict;

import dev.stackbot.knowledge.VerdictRule;
import java.util.List;

/**
 * A verdict with what produced it.
 *
 * @param verdict  the verdict
 * @param rule     the rule that judged, or null
 * @param subjects the entities the verdict is about: those the question named, or the rule's when it named none
 */
public record Judgement(Verdict verdict, VerdictRule rule, List<String> subjects) {

    public Judgement {
        subjects = List.copyOf(subjects);
    }
}
