package dev.stackbot.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which names are compared: lower case, accents and punctuation dropped ("Node.js" = "node js" ≈ "nodejs"). */
public final class AliasKey {

    private AliasKey() {
    }

    /** Words of the name joined by single spaces, e.g. "Express.js" → "express js". */
    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
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
