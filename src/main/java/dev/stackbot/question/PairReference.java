package dev.stackbot.question;

import java.util.List;

/**
 * Whether a question points at the technologies without naming them: "which of the two?", "either of them",
 * "which one", "those two". In a channel about one pair, that is the pair; such a question asks to choose.
 */
public final class PairReference {

    /** The phrases that point at the pair, as folded tokens. */
    private static final List<List<String>> PHRASES = List.of(
            List.of("the", "two"), List.of("those", "two"), List.of("these", "two"), List.of("both", "of", "them"),
            List.of("either", "of", "them"), List.of("either", "one"), List.of("which", "one"), List.of("which", "of"),
            List.of("one", "of", "them"), List.of("the", "other", "one"));

    private PairReference() {
    }

    /** Whether the text points at the pair, read as the question's form is ("whch 1" is "which one"). */
    public static boolean in(String text) {
        return in(QuestionClassifier.readable(Tokens.of(text)));
    }

    static boolean in(List<Token> tokens) {
        if (asksWhatToWriteIn(tokens)) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> phrase : PHRASES) {
                if (startsAt(tokens, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Verbs of making software that a question ends by asking what to do it in ("what should that be written in?");
     * not "run" nor "make", which ask about hardware or hosting as often ("which gpu should we run the model on?").
     */
    private static final java.util.Set<String> MAKING = java.util.Set.of("write", "written", "writing", "build", "built",
            "building", "code", "coded", "program", "programmed", "develop", "developed");
    private static final java.util.Set<String> IN_WHAT = java.util.Set.of("in", "on", "with");
    /** At most this many words between the verb and the closing preposition ("write the server in"). */
    private static final int OBJECT_WORDS = 3;

    /**
     * Whether the question ends by asking what to make its thing in: "what should that be written in?", "what do
     * we build that on?", "what would you write the server in?". In a channel about one pair, that is the pair.
     */
    private static boolean asksWhatToWriteIn(List<Token> tokens) {
        int last = tokens.size() - 1;
        if (last < 2 || !IN_WHAT.contains(tokens.get(last).key())) {
            return false;
        }
        boolean asks = false;
        for (int i = Math.max(0, last - OBJECT_WORDS - 6); i < last; i++) {
            String key = tokens.get(i).key();
            asks |= key.equals("what") || key.equals("which");
            if (asks && MAKING.contains(key) && last - i - 1 <= OBJECT_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int at, List<String> phrase) {
        if (at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(at + k).key().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
