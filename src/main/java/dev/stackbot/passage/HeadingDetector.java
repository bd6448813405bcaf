package dev.stackbot.passage;

import java.util.Set;

/**
 * Tells a heading line from a paragraph in plain-text articles, where headings carry no markup:
 * short, title-cased, without closing punctuation, or a short question or label.
 */
final class HeadingDetector {

    private static final int MAX_WORDS = 12;
    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "which", "who", "where");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "does", "do", "can",
            "will", "uses", "allows", "makes", "offers", "lets", "supports");

    private HeadingDetector() {
    }

    /** The heading text when the line is one, else null. */
    static String heading(String line) {
        // pages copied from the web end lines with no-break spaces, which strip() keeps
        String text = line.replace('\u00A0', ' ').strip();
        if (text.startsWith("#")) {
            return text.replaceFirst("^#+\\s*", "");
        }
        if (text.isEmpty()) {
            return null;
        }
        String[] words = text.split("\\s+");
        if (words.length > MAX_WORDS || text.length() > 100) {
            return null;
        }
        char last = text.charAt(text.length() - 1);
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        if (last == '?' || (QUESTION_WORDS.contains(first) && words.length <= 8 && !endsSentence(last))) {
            return text;
        }
        if (last == ':' && words.length <= 6) {
            return text;
        }
        if (endsSentence(last) || last == ',' || last == ';') {
            return null;
        }
        int longWords = 0;
        int capitalized = 0;
        for (String word : words) {
            if (VERBS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
            if (word.length() > 3) {
                longWords++;
                if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))) {
                    capitalized++;
                }
            }
        }
        return longWords > 0 && capitalized * 4 >= longWords * 3 ? text : null;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == ')' || c == '"' || c == '\u201D';
    }
}
