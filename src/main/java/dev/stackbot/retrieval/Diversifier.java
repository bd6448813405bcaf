package dev.stackbot.retrieval;

import dev.stackbot.passage.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reorders hits so that the first ones tend to come from different sources: each further
 * passage of a source already chosen counts for a little less, so one source fills the top
 * only when it is clearly better.
 */
public final class Diversifier {

    /** Weight of each further passage from a source already cited, when ordering hits. */
    private static final double SAME_SOURCE_DISCOUNT = 0.8;

    private Diversifier() {
    }

    /** The same hits, reordered; {@code passages} are the snapshot's, indexed by hit ordinal. */
    public static List<Hit> diversify(List<Hit> hits, List<Passage> passages) {
        // a hit's value changes only when a passage of its own source is chosen, so values are kept and
        // updated then, instead of looking every source up again for every pair (it was 8% of an answer)
        int n = hits.size();
        String[] docs = new String[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            docs[i] = passages.get(hits.get(i).ordinal()).doc();
            values[i] = hits.get(i).score();
        }
        boolean[] taken = new boolean[n];
        List<Hit> ordered = new ArrayList<>(n);
        Map<String, Integer> used = new HashMap<>();
        for (int round = 0; round < n; round++) {
            int best = -1;
            double bestValue = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || values[i] > bestValue)) {
                    bestValue = values[i];
                    best = i;
                }
            }
            taken[best] = true;
            ordered.add(hits.get(best));
            int times = used.merge(docs[best], 1, Integer::sum);
            double weight = Math.pow(SAME_SOURCE_DISCOUNT, times);
            for (int i = 0; i < n; i++) {
                if (!taken[i] && docs[i].equals(docs[best])) {
                    values[i] = hits.get(i).score() * weight;
                }
            }
        }
        return ordered;
    }
}
