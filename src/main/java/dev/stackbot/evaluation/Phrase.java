package dev.stackbot.evaluation;

import java.util.regex.Pattern;

/** Evaluation phrase matching: case-insensitive, white space folded, bounded by non-word characters, trailing * a prefix. */
public final class Phrase {

    private Phrase() {
    }

    public static boolean occursIn(String phrase, String text) {
        boolean prefix = phrase.endsWith("*");
        String core = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        String[] words = core.trim().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{Nd}_])");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        if (!prefix) {
            regex.append("(?![\\p{L}\\p{Nd}_])");
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
