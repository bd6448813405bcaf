package dev.stackbot.knowledge;

import java.util.List;

/**
 * An aspect or need a question can be about.
 *
 * @param signals  words and phrases that show it; a trailing * matches any ending
 * @param weakSignals words and phrases that show it only when nothing stronger is said: a described crowd
 *                 ("thousands of people connected at once") is about handling many connections when nothing else is
 *                 named, and beside the real-time need when live updates are; each match counts
 *                 {@link #WEAK_POINTS} of a word, however long
 * @param weight   how strongly its signals count (1 by default)
 * @param terms    extra words for the passage search
 * @param fallback    whether a comparison with no recognisable aspect is about this one
 * @param together    whether this is the aspect of using the technologies together, each for its part
 *                    ("can we use both?"); its rule's quotes also lead an answer whose two needs go to
 *                    different technologies
 * @param description one sentence saying what the aspect means, or empty
 * @param examples    short situations a user might describe that are about this aspect
 *                    ("a chat app where messages appear instantly"); may be empty
 */
public record Aspect(String id, String label, List<String> signals, List<String> weakSignals, double weight, List<String> terms,
                     boolean fallback, boolean together, String description, List<String> examples) {

    /** What a weak signal's match counts, in words: less than any one word of a signal. */
    public static final double WEAK_POINTS = 0.5;

    /** What joins the two parts of a signal that must occur near each other ("forecast* ~ history|past"). */
    public static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("\\s+~\\s+");
    /** What separates the alternatives of one part of a signal ("predict|forecast*"). */
    public static final String ALTERNATIVES = "\\|";

    public Aspect {
        signals = List.copyOf(signals);
        weakSignals = List.copyOf(weakSignals);
        terms = List.copyOf(terms);
        description = description == null ? "" : description;
        examples = List.copyOf(examples);
    }
}
