package dev.stackbot.passage;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.SourceDocument;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a source body into passages: one paragraph each, split further at sentence boundaries
 * when long, never mid-sentence. Promotional sentences are left out, so a passage never quotes them.
 */
public final class PassageSplitter {

    /** Long enough for a claim with its reason, short enough to quote in one Discord field (1024). */
    static final int MAX_CHARS = 480;
    /** Shorter runs ("Apr 24, 2025", "Sakshi Kaushik") carry no claim worth citing. */
    static final int MIN_WORDS = 5;

    private final List<Pattern> promotional;
    private final Set<String> entityNames;

    /**
     * @param promotional patterns of sentences never to cite
     * @param entityNames entity names and aliases in {@link AliasKey} form: a heading that is only a name
     *                    ("Node.js:", "Python") labels that entity's part of the section above it
     */
    public PassageSplitter(List<Pattern> promotional, Set<String> entityNames) {
        this.promotional = List.copyOf(promotional);
        this.entityNames = Set.copyOf(entityNames);
    }

    /** The passages of one document, in reading order. */
    public List<Passage> split(SourceDocument document) {
        List<Passage> passages = new ArrayList<>();
        String body = document.body();
        String section = "";
        String label = "";
        int lineStart = 0;
        int lineNumber = document.bodyFirstLine();
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            String line = body.substring(lineStart, lineEnd);
            if (hasWords(line)) {
                String heading = HeadingDetector.heading(line);
                if (heading != null && isPromotional(heading)) {
                    lineStart = lineEnd + 1;
                    lineNumber++;
                    continue;
                }
                if (heading != null) {
                    boolean isLabel = !section.isEmpty() && entityNames.contains(AliasKey.of(heading));
                    if (isLabel) {
                        label = heading;
                    } else {
                        section = heading;
                        label = "";
                    }
                } else {
                    String fullHeading = label.isEmpty() ? section : section + " \u203A " + label;
                    paragraph(document, lineStart, lineEnd, lineNumber, fullHeading, passages);
                }
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        return passages;
    }

    private void paragraph(SourceDocument document, int start, int end, int line, String heading, List<Passage> out) {
        String body = document.body();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(body.substring(start, end));
        int chunkStart = -1;
        int chunkEnd = -1;
        for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            int sentenceStart = start + from;
            int sentenceEnd = start + to;
            String sentence = body.substring(sentenceStart, sentenceEnd);
            if (isPromotional(sentence) || !hasWords(sentence)) {
                emit(document, chunkStart, chunkEnd, line, heading, out);
                chunkStart = -1;
                continue;
            }
            if (chunkStart >= 0 && sentenceEnd - chunkStart > MAX_CHARS) {
                emit(document, chunkStart, chunkEnd, line, heading, out);
                chunkStart = -1;
            }
            if (chunkStart < 0) {
                chunkStart = sentenceStart;
            }
            chunkEnd = sentenceEnd;
        }
        emit(document, chunkStart, chunkEnd, line, heading, out);
    }

    private static void emit(SourceDocument document, int start, int end, int line, String heading, List<Passage> out) {
        if (start < 0) {
            return;
        }
        String raw = document.body().substring(start, end);
        String text = trimDecoration(raw);
        if (text.split("\\s+").length < MIN_WORDS) {
            return;
        }
        int ordinal = out.size() + 1;
        out.add(new Passage(document.id() + "#" + ordinal, document.id(), heading, ordinal, text, line, List.of()));
    }

    /** Drops surrounding white space and list bullets; what remains is still a substring of the source. */
    private static String trimDecoration(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && (isBlank(raw.charAt(from)) || isBullet(raw, from, to))) {
            from++;
        }
        while (to > from && isBlank(raw.charAt(to - 1))) {
            to--;
        }
        return raw.substring(from, to);
    }

    /** A list bullet: a bullet sign, or "-", "*" or "+" followed by a space (so "-30% memory" keeps its sign). */
    private static boolean isBullet(String raw, int at, int end) {
        char c = raw.charAt(at);
        if (c == '\u2022' || c == '\u00B7') {
            return true;
        }
        return (c == '-' || c == '*' || c == '+') && (at + 1 == end || isBlank(raw.charAt(at + 1)));
    }

    /** White space including the no-break spaces that web pages leave in copied text. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private boolean isPromotional(String text) {
        for (Pattern pattern : promotional) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
