package dev.stackbot.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form in which names are compared: lower case, accents and punctuation dropped ("Node.js" = "node js" ≈ "nodejs"). */
public final class AliasKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private AliasKey() {
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Words of the name joined by single spaces, e.g. "Express.js" → "express js". */
    public static String of(String name) {
        // accents are folded only when there are any: most names and questions are plain ASCII
        String folded = isAscii(name) ? name.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '#' || c == '+') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
