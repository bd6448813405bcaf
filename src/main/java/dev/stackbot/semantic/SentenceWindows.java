package dev.stackbot.semantic;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pieces of a passage that are embedded: runs of two consecutive sentences. A small model reads
 * one claim best; a passage of several sentences is then as close to a question as its closest run.
 */
public final class SentenceWindows {

    /** Sentences per window. */
    static final int SIZE = 2;

    private SentenceWindows() {
    }

    /** The windows of a text, in order: the text itself when it has at most {@link #SIZE} sentences. */
    public static List<String> of(String text) {
        List<String> sentences = sentences(text);
        if (sentences.size() <= SIZE) {
            return List.of(text);
        }
        List<String> windows = new ArrayList<>();
        for (int i = 0; i + SIZE <= sentences.size(); i++) {
            windows.add(String.join(" ", sentences.subList(i, i + SIZE)));
        }
        return windows;
    }

    private static List<String> sentences(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
