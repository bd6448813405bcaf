package dev.stackbot.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Scores of one evaluation run.
 *
 * @param misses     one line per miss: "id metric: what was expected, what came"
 * @param categories the same scores per category of question, in the order categories first appear; empty when none is given
 */
public record EvalReport(int questions, Score verdicts, Score evidence, Score evidenceAll, Score refusals,
                         List<String> misses, Map<String, Scores> categories) {

    public EvalReport {
        misses = List.copyOf(misses);
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
    }

    /** The four scores of one category. */
    public record Scores(int questions, Score verdicts, Score evidence, Score evidenceAll, Score refusals) {
    }

    /** Correct out of total. */
    public record Score(int correct, int total) {
        public double ratio() {
            return total == 0 ? 1.0 : (double) correct / total;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d/%d (%.1f%%)", correct, total, 100 * ratio());
        }
    }
}
