package dev.stackbot.question;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard spelling of words as people type them in a chat: common abbreviations ("msgs", "vids", "stats",
 * "libs", "req/s"), a dropped final g ("crunchin", "makin") and letters stretched for emphasis ("sloooow"). A chat
 * spelling is read as its word, so that it signals what the word signals and is searched for as the word; the
 * technologies' names are read before and never respelt ("py" stays Python's). Only spellings that are no English
 * word themselves are respelt.
 */
final class ChatWords {

    /** Chat spellings of one word each, from general chat usage (not from any knowledge's signals). */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("msg", "message"), Map.entry("msgs", "messages"),
            Map.entry("vid", "video"), Map.entry("vids", "videos"),
            Map.entry("pic", "picture"), Map.entry("pics", "pictures"),
            Map.entry("img", "image"), Map.entry("imgs", "images"),
            Map.entry("stats", "statistics"), Map.entry("lib", "library"), Map.entry("libs", "libraries"),
            Map.entry("microsvc", "microservice"), Map.entry("microsvcs", "microservices"),
            Map.entry("req", "request"), Map.entry("reqs", "requests"), Map.entry("perf", "performance"),
            Map.entry("db", "database"), Map.entry("dbs", "databases"), Map.entry("nite", "night"),
            Map.entry("evry", "every"), Map.entry("ppl", "people"), Map.entry("thru", "through"),
            Map.entry("tho", "though"), Map.entry("smth", "something"), Map.entry("sth", "something"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("prolly", "probably"), Map.entry("ez", "easy"), Map.entry("noob", "beginner"),
            Map.entry("noobs", "beginners"), Map.entry("newb", "beginner"), Map.entry("newbie", "beginner"),
            Map.entry("newbies", "beginners"), Map.entry("rn", "now"), Map.entry("bc", "because"),
            Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("w", "with"));

    private ChatWords() {
    }

    /** The word a chat spelling stands for; null when {@code key} is no chat spelling (or is a word already). */
    static String standard(String key, Vocabulary english) {
        String spelt = SPELLINGS.get(key);
        if (spelt != null) {
            return spelt;
        }
        String unstretched = unstretched(key, english);
        if (unstretched != null) {
            return unstretched;
        }
        // "crunchin", "makin", "sayin": a word with its final g dropped, when it is no word itself ("robin", "cabin",
        // and the compounds the vocabulary splits: "login", "plugin")
        if (key.length() >= MIN_DROPPED_G && key.endsWith("in") && english.available() && !english.isWord(key)
                && !COMPOUNDS.contains(key) && english.isWord(key + "g")) {
            return key + "g";
        }
        return null;
    }

    /**
     * Words ending in "in" that the vocabulary (word pieces) does not hold whole, and that would read as an "-ing"
     * with its g dropped: a verb or noun and "in", as software names things.
     */
    private static final Set<String> COMPOUNDS = Set.of("login", "plugin", "builtin", "signin", "mixin", "linkedin", "optin");

    /** The shortest chat spelling read with its g dropped ("makin"): shorter ones are too often other words. */
    private static final int MIN_DROPPED_G = 5;

    /** A letter typed this many times in a row is stretched for emphasis ("sloooow"): no English word has three. */
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

    /**
     * The word a stretched spelling stands for ("sloooow" → "slow", "sooo" → "so", "coool" → "cool", "fasssst" →
     * "fast", "gooood" → "good", not "god"): each stretched letter typed twice or once, whichever makes the more
     * frequent word; null when the key has no stretched letter or neither is a word ("zzz").
     */
    private static String unstretched(String key, Vocabulary english) {
        String twice = english.available() ? STRETCHED.matcher(key).replaceAll("$1$1") : key;
        if (twice.equals(key)) {
            return null; // no letter typed three times
        }
        String once = STRETCHED.matcher(key).replaceAll("$1");
        int twiceRarity = english.rarity(twice);
        int onceRarity = english.rarity(once);
        if (Math.min(twiceRarity, onceRarity) == Vocabulary.NO_WORD) {
            return null;
        }
        return twiceRarity <= onceRarity ? twice : once;
    }

    /** The tokens with their chat spellings respelt, tokens {@code kept} (names) as they are. */
    static List<Token> respelt(List<Token> tokens, boolean[] kept) {
        Vocabulary english = Vocabulary.english();
        List<Token> respelt = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = kept[i] ? null : standard(token.key(), english);
            if (word != null) {
                if (respelt == null) {
                    respelt = new java.util.ArrayList<>(tokens);
                }
                respelt.set(i, new Token(word, token.original(), token.start()));
            }
        }
        return respelt == null ? tokens : respelt;
    }
}
