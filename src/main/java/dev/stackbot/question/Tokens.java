package dev.stackbot.question;

import dev.stackbot.knowledge.AliasKey;
import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s the same way {@link AliasKey} folds names, so the two always line up. */
public final class Tokens {

    private Tokens() {
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String original = text.substring(start, i);
            String key = AliasKey.of(original);
            if (!key.isEmpty()) {
                for (String part : key.split(" ")) {
                    tokens.add(new Token(part, original, start));
                }
            }
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '#' || cp == '+';
    }
}
