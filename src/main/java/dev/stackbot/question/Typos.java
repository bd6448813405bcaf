package dev.stackbot.question;

/**
 * Decides whether a word is a misspelling of a name. Short names only accept a doubled or swapped
 * letter ("noode", "ndoe"), so that real words one letter away ("code", "mode") never match.
 */
final class Typos {

    private Typos() {
    }

    static boolean isTypoOf(String word, String name) {
        if (word.equals(name) || word.charAt(0) != name.charAt(0)) {
            return false;
        }
        int allowed = name.length() >= 8 ? 2 : 1;
        if (Math.abs(word.length() - name.length()) > allowed) {
            return false;
        }
        if (name.length() <= 4) {
            return isOneInsertion(word, name) || isOneTransposition(word, name);
        }
        return distance(word, name, allowed) <= allowed;
    }

    private static boolean isOneInsertion(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        // only a doubled letter ("noode"), never any letter ("noxde"): a stray letter makes another word
        char inserted = longer.charAt(i);
        boolean doubled = (i > 0 && longer.charAt(i - 1) == inserted) || (i + 1 < longer.length() && longer.charAt(i + 1) == inserted);
        return doubled && longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static boolean isOneTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Optimal string alignment distance (edits plus adjacent swaps), cut off above {@code max}. */
    static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
