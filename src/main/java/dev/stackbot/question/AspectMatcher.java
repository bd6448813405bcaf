package dev.stackbot.question;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Aspect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the aspect a question is about from the signals in the catalog. Longer phrases claim their
 * words first, so "machine learning" counts for machine learning and not also for learning.
 */
final class AspectMatcher {

    /** One signal: its words, each exact or a prefix ("scal*"). */
    private record Signal(Aspect aspect, String[] words, boolean[] prefix) {
        int length() {
            return words.length;
        }

        boolean matches(List<Token> tokens, int at, boolean[] claimed) {
            if (at + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                String key = tokens.get(at + k).key();
                boolean ok = prefix[k] ? key.startsWith(words[k]) : key.equals(words[k]);
                if (!ok || claimed[at + k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The aspect found and how strongly; null aspect when none.
     *
     * @param signalled every aspect a signal of the question names, the strongest first
     */
    record Found(Aspect aspect, double score, List<String> matchedWords, List<Aspect> signalled) {
    }

    private final List<Signal> signals = new ArrayList<>();
    private final Aspect fallback;

    AspectMatcher(List<Aspect> aspects) {
        Aspect fallbackAspect = null;
        for (Aspect aspect : aspects) {
            for (String signal : aspect.signals()) {
                Signal parsed = parse(aspect, signal);
                if (parsed != null) {
                    signals.add(parsed);
                }
            }
            if (aspect.fallback()) {
                fallbackAspect = aspect;
            }
        }
        this.fallback = fallbackAspect;
        // longest phrases claim their words first
        signals.sort(Comparator.comparingInt(Signal::length).reversed());
    }

    private static Signal parse(Aspect aspect, String signal) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String part : signal.trim().split("[\\s\\-/]+")) {
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
        return new Signal(aspect, words.toArray(String[]::new), prefix);
    }

    /** The best-supported aspect; {@code claimed} marks tokens already taken (entity names) and is updated. */
    Found find(List<Token> tokens, boolean[] claimed) {
        Map<Aspect, Double> scores = new HashMap<>();
        Map<Aspect, Integer> firstAt = new HashMap<>();
        Map<Aspect, List<String>> words = new HashMap<>();
        for (Signal signal : signals) {
            for (int at = 0; at < tokens.size(); at++) {
                if (signal.matches(tokens, at, claimed)) {
                    for (int k = 0; k < signal.length(); k++) {
                        claimed[at + k] = true;
                    }
                    if (negated(tokens, at)) {
                        // "nothing realtime at all", "no ML": the need is ruled out, not asked for
                        continue;
                    }
                    for (int k = 0; k < signal.length(); k++) {
                        words.computeIfAbsent(signal.aspect(), a -> new ArrayList<>()).add(tokens.get(at + k).key());
                    }
                    scores.merge(signal.aspect(), signal.length() * signal.aspect().weight(), Double::sum);
                    firstAt.merge(signal.aspect(), at, Math::min);
                }
            }
        }
        Aspect best = null;
        for (Aspect aspect : scores.keySet()) {
            if (best == null || scores.get(aspect) > scores.get(best)
                    || (scores.get(aspect).equals(scores.get(best)) && firstAt.get(aspect) < firstAt.get(best))) {
                best = aspect;
            }
        }
        if (best == null) {
            return new Found(null, 0, List.of(), List.of());
        }
        Aspect first = best;
        List<Aspect> signalled = new ArrayList<>(scores.keySet());
        signalled.sort(Comparator.comparing((Aspect a) -> !a.equals(first)).thenComparing(a -> -scores.get(a)));
        return new Found(best, scores.get(best), words.get(best), List.copyOf(signalled));
    }

    /** Words that rule out what follows them closely ("no realtime stuff", "nothing realtime", "without ML"). */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("no", "not", "nothing", "without", "never",
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
