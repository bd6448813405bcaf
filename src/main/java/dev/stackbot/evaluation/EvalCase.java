package dev.stackbot.evaluation;

import java.util.List;

/**
 * One question of an evaluation set (see shared/eval/README.md for the format).
 *
 * @param covered     false when a good answer refuses; null when not stated
 * @param kinds       acceptable verdict kinds; empty when the verdict is not scored
 * @param winner      the entity a favors verdict must name, or null
 * @param evidence    phrases of which one must appear in the first three citations
 * @param evidenceAll phrases that must each appear in the first five citations
 * @param category    the kind of question ("fact", "no-names", …) its scores are also counted under; null when not given
 */
public record EvalCase(String id, String question, Boolean covered, List<String> kinds, String winner,
                       List<String> evidence, List<String> evidenceAll, String category) {

    public EvalCase {
        kinds = List.copyOf(kinds);
        evidence = List.copyOf(evidence);
        evidenceAll = List.copyOf(evidenceAll);
    }
}
