package dev.stackbot.question;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Aspect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the aspect a question is about from the signals in the catalog. Longer phrases claim their
 * words first, so "machine learning" counts for machine learning and not also for learning.
 */
final class AspectMatcher {

    /**
     * One signal: its words, each exact or a prefix ("scal*"), and for a signal of two parts ("forecast* ~ history")
     * the words of its second part, which must occur within {@link #NEAR} tokens of the first, before or after it.
     */
    private record Signal(Aspect aspect, String[] words, boolean[] prefix, String[] near, boolean[] nearPrefix, boolean weak,
                          String start) {
        /** {@code start}: the first two letters of its first word, which every token it starts at begins with; null when shorter. */
        Signal(Aspect aspect, String[] words, boolean[] prefix, String[] near, boolean[] nearPrefix, boolean weak) {
            this(aspect, words, prefix, near, nearPrefix, weak, words[0].length() >= 2 ? words[0].substring(0, 2) : null);
        }

        int length() {
            return words.length + near.length;
        }

        /** What a match counts for its aspect: its words, or a weak signal's fixed share of one. */
        double points() {
            return (weak ? Aspect.WEAK_POINTS : length()) * aspect.weight();
        }

        /** The positions of the tokens this signal matches with its first word at {@code at}, or null. */
        int[] match(List<Token> tokens, int at, boolean[] claimed, boolean[] maybeTypo) {
            if (!matchesAt(words, prefix, tokens, at, claimed, maybeTypo)) {
                return null;
            }
            if (near.length == 0) {
                return range(at, words.length);
            }
            // the nearest second part that is not ruled out itself ("no history with python … from our order history")
            for (int distance = 1; distance <= NEAR + 1; distance++) {
                for (int k : new int[] {at + words.length - 1 + distance, at - near.length + 1 - distance}) {
                    if (k >= 0 && k + near.length <= tokens.size() && matchesAt(near, nearPrefix, tokens, k, claimed, maybeTypo)
                            && !negated(tokens, k)) {
                        int[] both = new int[words.length + near.length];
                        System.arraycopy(range(at, words.length), 0, both, 0, words.length);
                        System.arraycopy(range(k, near.length), 0, both, words.length, near.length);
                        return both;
                    }
                }
            }
            return null;
        }

        private static boolean matchesAt(String[] words, boolean[] prefix, List<Token> tokens, int at, boolean[] claimed,
                                         boolean[] maybeTypo) {
            if (at < 0 || at + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                String key = tokens.get(at + k).key();
                boolean ok = prefix[k] ? key.startsWith(words[k]) : key.equals(words[k]);
                ok = ok || maybeTypo[at + k] && misspelt(key, words[k], prefix[k]);
                if (!ok || claimed[at + k]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a word of the question is a misspelling of a signal word ("lern", "microsrvices",
         * "maintanable"), for a word that may be one ({@link #mayBeMisspelt}): one or two edits away as names are
         * ({@link Typos}); for a prefix, the word's first letters are.
         */
        private static boolean misspelt(String key, String word, boolean prefix) {
            // a slip keeps the first two letters ("lern", "beginer"); "strapi" is not "scrap*"
            if (word.length() < MIN_TYPO - 1 || key.charAt(0) != word.charAt(0) || key.charAt(1) != word.charAt(1)) {
                return false;
            }
            if (!prefix) {
                return Typos.isTypoOf(key, word);
            }
            for (int length = word.length() - 1; length <= word.length() + 1; length++) {
                if (length <= key.length() && Typos.isTypoOf(key.substring(0, length), word)) {
                    return true;
                }
            }
            return false;
        }

        private static int[] range(int at, int length) {
            int[] positions = new int[length];
            for (int k = 0; k < length; k++) {
                positions[k] = at + k;
            }
            return positions;
        }
    }

    /**
     * How many tokens at most may stand between the two parts of a signal: about a clause ("forecast attendance
     * for next season from ten years of visitor counts").
     */
    static final int NEAR = 10;
    /** Whether a word of the question may be a misspelling: four letters or more, and no English word. */
    private static boolean mayBeMisspelt(String key, Vocabulary english) {
        return key.length() >= MIN_TYPO && Character.isLetter(key.charAt(0)) && !EnglishWords.COMMON.contains(key)
                && english.available() && !english.isWord(key);
    }

    /**
     * A word of the question this long or longer may be read as a misspelt signal word of one letter fewer or
     * more ("lern" for "learn*"); measured over the read blind sets, four letters and up gained the most and lost
     * none once real words are left alone.
     */
    static final int MIN_TYPO = 4;

    /**
     * The aspect found and how strongly; null aspect when none.
     *
     * @param signalled every aspect a signal of the question names, the strongest first
     * @param phrase    the words of the longest signal that names the aspect found (a weak signal counts none)
     */
    record Found(Aspect aspect, double score, List<String> matchedWords, List<Aspect> signalled, int phrase) {
    }

    private final List<Signal> signals = new ArrayList<>();
    private final Aspect fallback;

    AspectMatcher(List<Aspect> aspects) {
        Vocabulary.preload(); // read beside the rest of the knowledge's loading, ready by the first question
        Aspect fallbackAspect = null;
        for (Aspect aspect : aspects) {
            for (String signal : aspect.signals()) {
                signals.addAll(parse(aspect, signal, false));
            }
            for (String signal : aspect.weakSignals()) {
                signals.addAll(parse(aspect, signal, true));
            }
            if (aspect.fallback()) {
                fallbackAspect = aspect;
            }
        }
        this.fallback = fallbackAspect;
        // strong signals claim their words before any weak one (a weak signal counts only when nothing stronger is said
        // with its words: "lots of sockets connected at once" is sockets), and longest phrases claim theirs first
        signals.sort(Comparator.comparing(Signal::weak).thenComparing(Comparator.comparingInt(Signal::length).reversed()));
    }

    /**
     * The signals a catalog entry stands for: a phrase, or two parts joined by " ~ " that must occur near each
     * other, each part a phrase or alternatives joined by "|" ("predict*|forecast* ~ history|past").
     */
    private static List<Signal> parse(Aspect aspect, String signal, boolean weak) {
        String[] parts = Aspect.NEAR.split(signal.trim(), -1);
        List<Signal> parsed = new ArrayList<>();
        for (String first : parts[0].split(Aspect.ALTERNATIVES)) {
            Words words = words(first);
            if (words == null) {
                continue;
            }
            if (parts.length == 1) {
                parsed.add(new Signal(aspect, words.words(), words.prefix(), new String[0], new boolean[0], weak));
                continue;
            }
            for (String second : parts[1].split(Aspect.ALTERNATIVES)) {
                Words near = words(second);
                if (near != null) {
                    parsed.add(new Signal(aspect, words.words(), words.prefix(), near.words(), near.prefix(), weak));
                }
            }
        }
        return parsed;
    }

    /** The words of one phrase of a signal, each with whether it is a prefix. */
    private record Words(String[] words, boolean[] prefix) {
    }

    private static Words words(String phrase) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String part : phrase.trim().split("[\\s\\-/]+")) {
            boolean prefix = part.endsWith("*");
            String key = AliasKey.of(prefix ? part.substring(0, part.length() - 1) : part);
            if (key.isEmpty()) {
                continue;
            }
            String[] sub = key.split(" ");
            for (int i = 0; i < sub.length; i++) {
                words.add(sub[i]);
                prefixes.add(prefix && i == sub.length - 1);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean[] prefix = new boolean[prefixes.size()];
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = prefixes.get(i);
        }
        return new Words(words.toArray(String[]::new), prefix);
    }

    /**
     * How much more a signal counts in a clause that says it is the main need ("what matters most is that every
     * screen shows it right away"): enough to outweigh a need named in passing beside it by as many words. A weak
     * signal stays weak there: it still gives way to any strong one.
     */
    static final double MAIN_NEED_WEIGHT = 2;

    /** The best-supported aspect; {@code claimed} marks tokens already taken (entity names) and is updated. */
    Found find(List<Token> tokens, boolean[] claimed) {
        return find(tokens, claimed, Clauses.none());
    }

    /**
     * The best-supported aspect, a signal in a clause that sets its subject aside counting as negated and one in a
     * clause stating the main need counting {@link #MAIN_NEED_WEIGHT} times; {@code claimed} marks tokens already
     * taken (entity names) and is updated.
     */
    Found find(List<Token> tokens, boolean[] claimed, Clauses clauses) {
        // which words may be misspellings at all, decided once: most of a question's words are English
        boolean[] maybeTypo = new boolean[tokens.size()];
        Vocabulary english = Vocabulary.english();
        for (int i = 0; i < tokens.size(); i++) {
            // a technology's name is claimed already, and never a misspelt need
            maybeTypo[i] = !claimed[i] && mayBeMisspelt(tokens.get(i).key(), english);
        }
        Map<Aspect, Double> scores = new HashMap<>();
        // what strong signals of a need alone count: any of it outweighs weak signals, however many
        Map<Aspect, Double> strong = new HashMap<>();
        Map<Aspect, Integer> firstAt = new HashMap<>();
        // aspects signalled in the clause that asks ("…, is py easier to debug?"), not only in its context
        Set<Aspect> asked = new HashSet<>();
        Map<Aspect, Integer> longest = new HashMap<>();
        Map<Aspect, List<String>> words = new HashMap<>();
        // a signal's first word matches only a token that starts with the same two letters (as it is, as a prefix,
        // or misspelt): each signal is tried at those tokens only, in the question's order, as if at every one
        Map<String, List<Integer>> byStart = new HashMap<>();
        List<Integer> everywhere = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            everywhere.add(i);
            String key = tokens.get(i).key();
            if (key.length() >= 2) {
                byStart.computeIfAbsent(key.substring(0, 2), k -> new ArrayList<>()).add(i);
            }
        }
        for (Signal signal : signals) {
            List<Integer> candidates = signal.start() != null ? byStart.getOrDefault(signal.start(), List.of()) : everywhere;
            for (int at : candidates) {
                int[] matched = signal.match(tokens, at, claimed, maybeTypo);
                if (matched != null) {
                    int start = at;
                    for (int position : matched) {
                        claimed[position] = true;
                        start = Math.min(start, position);
                    }
                    // a two-part signal is ruled out by a negation of its first part ("no forecasting from
                    // history"); its second part was chosen among those not ruled out themselves
                    // set aside when all its words are (a two-part signal may span a kept clause), main when any is
                    boolean setAside = true;
                    boolean main = false;
                    for (int position : matched) {
                        setAside &= clauses.setAside(tokens.get(position).start());
                        main |= clauses.main(tokens.get(position).start());
                    }
                    if (negated(tokens, at) || setAside) {
                        // "nothing realtime at all", "no ML", "nobody asks for live screens": the need is ruled out
                        continue;
                    }
                    for (int position : matched) {
                        words.computeIfAbsent(signal.aspect(), a -> new ArrayList<>()).add(tokens.get(position).key());
                    }
                    double points = signal.points() * (main ? MAIN_NEED_WEIGHT : 1);
                    scores.merge(signal.aspect(), points, Double::sum);
                    // the overall choice ("which copes better") is no need: it does not outrank a weak signal's need
                    strong.merge(signal.aspect(), signal.weak() || signal.aspect().fallback() ? 0 : points, Double::sum);
                    longest.merge(signal.aspect(), signal.weak() ? 0 : signal.length(), Math::max);
                    firstAt.merge(signal.aspect(), start, Math::min);
                    if (clauses.asks(tokens.get(start).start()) && !signal.aspect().together() && !signal.aspect().fallback()) {
                        // a need the asking clause names; "…, or both?" and "which is better?" name none
                        asked.add(signal.aspect());
                    }
                }
            }
        }
        Aspect best = null;
        // strong points first, then all points, then whether the clause that asks signals it ("node callbacks look like
        // spaghetti to me, is py easier to debug?" asks about debugging), then where the question first signals it; sums
        // of fractional weights are compared to within a rounding error, never by exact equality
        Comparator<Aspect> stronger = Comparator.comparingDouble((Aspect a) -> rounded(strong.get(a)))
                .thenComparingDouble(a -> rounded(scores.get(a))).thenComparing(asked::contains)
                .thenComparing(a -> -firstAt.get(a));
        for (Aspect aspect : scores.keySet()) {
            if (best == null || stronger.compare(aspect, best) > 0) {
                best = aspect;
            }
        }
        if (best == null) {
            return new Found(null, 0, List.of(), List.of(), 0);
        }
        Aspect first = best;
        List<Aspect> signalled = new ArrayList<>(scores.keySet());
        // ties go by where the question first signals them, not by how the aspects happen to hash
        signalled.sort(Comparator.comparing((Aspect a) -> !a.equals(first)).thenComparing(stronger.reversed()));
        return new Found(best, scores.get(best), words.get(best), List.copyOf(signalled), longest.getOrDefault(best, 0));
    }

    /** A sum of points to a millionth, so that the order of adding fractional weights never decides a tie. */
    private static double rounded(double points) {
        return Math.round(points * 1e6) / 1e6;
    }

    /** Words that rule out what follows them closely ("no realtime stuff", "nothing realtime", "without ML"). */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("no", "not", "nothing", "nobody", "without", "never",
            "zero", "none", "dont", "doesnt", "isnt", "arent", "wont", "don", "doesn", "isn", "aren", "didn");

    /**
     * Words between a negation and what it rules out that do not end its reach: the tail of a contraction the
     * tokens split ("don't" → don, t) and the verbs of a need ("doesn't need to be fast", "don't have any realtime").
     */
    private static final java.util.Set<String> NEGATION_REACH = java.util.Set.of("t", "need", "needs", "have", "has",
            "to", "be", "any", "really");

    /** Whether one of the two words before a signal negates it, not counting the words a negation reaches over. */
    private static boolean negated(List<Token> tokens, int at) {
        int words = 0;
        for (int k = at - 1; k >= 0 && words < 2; k--) {
            String key = tokens.get(k).key();
            if (NEGATIONS.contains(key)) {
                return true;
            }
            if (!NEGATION_REACH.contains(key)) {
                words++;
            }
        }
        return false;
    }

    Aspect fallback() {
        return fallback;
    }
}
