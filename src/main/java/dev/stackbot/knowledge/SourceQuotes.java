package dev.stackbot.knowledge;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks that a quote stands verbatim in a source's body. Rules, facts and errata share it, so a quote
 * means the same thing wherever the knowledge gives one.
 */
final class SourceQuotes {

    private SourceQuotes() {
    }

    /** What is wrong with the quote, or null when it stands verbatim in the document's body. */
    static String notVerbatim(SourceDocument document, String quote) {
        if (!document.body().contains(quote)) {
            return "quote not found verbatim in " + document.file() + ": \"" + abbreviate(quote) + "\"";
        }
        return null;
    }

    /**
     * What keeps the quote from ever being shown with its passage, or null when nothing does: it must stand
     * verbatim on one line (passages never cross a line) and every occurrence may not touch a sentence that a
     * promotional pattern matches (such sentences are never indexed). Sentences are cut as the passages are:
     * per line, with the English sentence rules of {@link BreakIterator}.
     */
    static String notCitable(SourceDocument document, String quote, List<Pattern> promotional) {
        String missing = notVerbatim(document, quote);
        if (missing != null) {
            return missing;
        }
        if (quote.indexOf('\n') >= 0) {
            return "a quote stays on one line of its source: \"" + abbreviate(quote) + "\"";
        }
        String body = document.body();
        Pattern matched = null;
        for (int at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
            matched = promotionalAround(body, at, at + quote.length(), promotional);
            if (matched == null) {
                return null; // one citable occurrence is enough
            }
        }
        return "quote stands in a promotional sentence of " + document.file() + ", which is never cited (pattern '"
                + matched.pattern() + "'): \"" + abbreviate(quote) + "\"";
    }

    /** The first promotional pattern matching a sentence that overlaps [start, end), or null. */
    private static Pattern promotionalAround(String body, int start, int end, List<Pattern> promotional) {
        int lineStart = body.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = body.indexOf('\n', end);
        String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(line);
        for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            if (lineStart + to <= start || lineStart + from >= end) {
                continue;
            }
            String sentence = line.substring(from, to);
            for (Pattern pattern : promotional) {
                if (pattern.matcher(sentence).find()) {
                    return pattern;
                }
            }
        }
        return null;
    }

    static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
