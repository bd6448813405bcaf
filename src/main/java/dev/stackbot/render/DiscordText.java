package dev.stackbot.render;

/** Text hygiene for Discord: strip control characters, defuse mass mentions, clip to a limit without cutting words. */
public final class DiscordText {

    /** The ellipsis appended to clipped text (one character). */
    public static final String ELLIPSIS = "…";

    private DiscordText() {
    }

    /**
     * Removes control characters (keeping line breaks), turns tabs into spaces, and collapses runs of
     * blank lines so that hostile input cannot blow up the layout.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 16));
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                if (++newlines <= 2) {
                    out.append('\n');
                }
                continue;
            }
            if (c == '\t') {
                c = ' ';
            }
            // Cc controls plus the bidi overrides that can disguise text
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                continue;
            }
            newlines = 0;
            out.append(c);
        }
        return out.toString().strip();
    }

    /**
     * Breaks {@code @everyone}, {@code @here} and user/role mention syntax with a zero-width space.
     * Replies are also sent with no allowed mentions; this keeps echoed text harmless even if quoted elsewhere.
     */
    public static String defuseMentions(String text) {
        return text.replace("@everyone", "@\u200Beveryone").replace("@here", "@\u200Bhere")
                .replace("<@", "<@\u200B");
    }

    /** {@link #clean} then {@link #defuseMentions} then {@link #clip}: for any text a user typed. */
    public static String userText(String text, int max) {
        return clip(defuseMentions(clean(text)), max);
    }

    /**
     * Clips to at most {@code max} characters. Prefers to end after a sentence (". ", "! ", "? " or a line
     * break) in the last half of the budget, else at the last space; only a single word longer than the whole
     * budget is cut inside it. A clipped result ends with {@link #ELLIPSIS}. Never splits a surrogate pair.
     */
    public static String clip(String text, int max) {
        if (max < 1) {
            return "";
        }
        String t = text == null ? "" : text;
        if (t.length() <= max) {
            return t;
        }
        int budget = max - ELLIPSIS.length();
        if (budget <= 0) {
            return ELLIPSIS.substring(0, max);
        }
        int sentence = lastSentenceEnd(t, budget);
        if (sentence >= budget / 2) {
            return t.substring(0, sentence).stripTrailing() + ELLIPSIS;
        }
        int space = lastSpace(t, budget);
        if (space > 0) {
            return t.substring(0, space).stripTrailing() + ELLIPSIS;
        }
        int cut = budget;
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return t.substring(0, cut) + ELLIPSIS;
    }

    // end index (exclusive) of the last sentence that fits in [0, budget)
    private static int lastSentenceEnd(String t, int budget) {
        for (int i = Math.min(budget, t.length() - 1); i > 0; i--) {
            char c = t.charAt(i);
            char before = t.charAt(i - 1);
            boolean boundary = c == '\n' || (Character.isWhitespace(c) && (before == '.' || before == '!' || before == '?'));
            if (boundary && i <= budget) {
                return i;
            }
        }
        return -1;
    }

    // index of the last whitespace at or before budget, so text[0, index) ends on a whole word
    private static int lastSpace(String t, int budget) {
        for (int i = Math.min(budget, t.length() - 1); i > 0; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Markdown characters of Discord, each escaped so that quoted text shows exactly as written. */
    private static final String MARKDOWN = "\\*_~`|>#";

    /**
     * The text with every Discord Markdown character backslash-escaped. JDA's sanitizer escapes only
     * what it parses as a formatted region, which leaves "*args and **kwargs" to Discord's reading.
     */
    public static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKDOWN.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
