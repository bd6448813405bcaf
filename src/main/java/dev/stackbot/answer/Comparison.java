package dev.stackbot.answer;

import dev.stackbot.verdict.Verdict;
import java.util.List;

/**
 * The comparison summary of two entities: one row per aspect.
 *
 * @param first      entity id
 * @param firstName  its display name
 * @param second     entity id
 * @param secondName its display name
 * @param rows       aspects in catalog order, each with its verdict and best citation
 * @param knowledgeVersion version of the snapshot used
 */
public record Comparison(String first, String firstName, String second, String secondName,
                         List<Row> rows, String knowledgeVersion) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /**
     * One aspect of the comparison.
     *
     * @param aspect      aspect id
     * @param aspectLabel display label
     * @param verdict     the verdict for this pair on this aspect (kind none when no rule covers it)
     * @param citations   the strongest evidence passage of each side, possibly empty
     */
    public record Row(String aspect, String aspectLabel, Verdict verdict, List<Citation> citations) {
        public Row {
            citations = List.copyOf(citations);
        }
    }
}
