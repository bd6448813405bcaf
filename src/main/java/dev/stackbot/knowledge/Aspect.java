package dev.stackbot.knowledge;

import java.util.List;

/**
 * An aspect or need a question can be about.
 *
 * @param signals  words and phrases that show it; a trailing * matches any ending
 * @param weight   how strongly its signals count (1 by default)
 * @param terms    extra words for the passage search
 * @param fallback    whether a comparison with no recognisable aspect is about this one
 * @param description one sentence saying what the aspect means, or empty
 * @param examples    short situations a user might describe that are about this aspect
 *                    ("a chat app where messages appear instantly"); may be empty
 */
public record Aspect(String id, String label, List<String> signals, double weight, List<String> terms,
                     boolean fallback, String description, List<String> examples) {

    public Aspect {
        signals = List.copyOf(signals);
        terms = List.copyOf(terms);
        description = description == null ? "" : description;
        examples = List.copyOf(examples);
    }
}
