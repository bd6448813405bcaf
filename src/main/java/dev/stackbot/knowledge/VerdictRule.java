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

    /** Entity → number of distinct sources whose evidence supports that side, in {@code between} order. */
    public java.util.Map<String, Integer> support() {
        java.util.Map<String, Integer> support = new java.util.LinkedHashMap<>();
        for (String side : between) {
            support.put(side, (int) evidence.stream().filter(e -> side.equals(e.side())).map(Evidence::source).distinct().count());
        }
        return support;
    }
}
