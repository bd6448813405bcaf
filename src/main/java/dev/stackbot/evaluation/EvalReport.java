package dev.stackbot.evaluation;

import java.util.List;

/**
 * Scores of one evaluation run.
 *
 * @param misses one line per miss: "id metric: what was expected, what came"
 */
public record EvalReport(int questions, Score verdicts, Score evidence, Score evidenceAll, Score refusals,
                         List<String> misses) {

    public EvalReport {
        misses = List.copyOf(misses);
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
