package dev.stackbot.knowledge;

import java.util.List;

/**
 * A rule-based verdict written in the knowledge: on this aspect, between these entities, the sources conclude this.
 *
 * @param between  the entities compared, in file order
 * @param winner   the favored entity, only for {@link RuleKind#FAVORS}
 * @param summary  the author's one-line qualifier, e.g. "for I/O-bound APIs"
 */
public record VerdictRule(String id, String aspect, List<String> between, RuleKind kind, String winner,
                          String summary, List<Evidence> evidence, String file, int line) {

    public VerdictRule {
        between = List.copyOf(between);
        evidence = List.copyOf(evidence);
    }
}
