package dev.stackbot.knowledge;

import java.util.List;

/**
 * An aspect or need a question can be about.
 *
 * @param signals  words and phrases that show it; a trailing * matches any ending
 * @param weight   how strongly its signals count (1 by default)
 * @param terms    extra words for the passage search
 * @param fallback whether a comparison with no recognisable aspect is about this one
 */
public record Aspect(String id, String label, List<String> signals, double weight, List<String> terms,
                     boolean fallback) {

    public Aspect {
        signals = List.copyOf(signals);
        terms = List.copyOf(terms);
    }
}
