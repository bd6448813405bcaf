package dev.stackbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The things a question offers to choose between, as typed: the words on both sides of an "or" or "vs" that
 * closes the question or a clause of it ("tiktok or reddit?"), or the word right after a "which" that opens the question or one of its clauses
 * ("which laptop scales best…"). None when the question points at the pair ("which of the two is cheaper,
 * server bill vs dev hours?"): then the pair is what is chosen, and the rest its criteria. Whether the sources
 * know those things is retrieval's to tell.
 */
public final class ChoiceOptions {

    /** Words that end a question rather than offer a second option ("…or nah"). */
    private static final Set<String> TAILS = Set.of("nah", "smth", "nope");
    /** Shorter words after "which" are often chat abbreviations of the sources' own words ("which lib", "which fw"). */
    private static final int MIN_CHOSEN = 5;

    private ChoiceOptions() {
    }

    /** Each group of options the text offers, the words as typed; empty when it offers none. */
    public static List<List<String>> of(String text) {
        List<Token> tokens = QuestionClassifier.readable(Tokens.of(text));
        List<List<String>> groups = new ArrayList<>();
        if (PairReference.in(tokens)) {
            return groups;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token left = tokens.get(i - 1);
            Token right = tokens.get(i + 1);
            if (EnglishWords.CHOOSING.contains(tokens.get(i).key()) && offered(left) && offered(right)
                    && closesClause(text, tokens, i + 1)) {
                groups.add(List.of(left.original(), right.original()));
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (tokens.get(i).key().equals("which") && Clauses.opensClause(text, tokens, i) && next.key().length() >= MIN_CHOSEN
                    && offered(next)) {
                groups.add(List.of(next.original()));
            }
        }
        return groups;
    }

    /** How many words an option may run on after its first ("Ryzen 7 or Intel i7?"). */
    private static final int OPTION_WORDS = 2;

    /**
     * Whether the option starting at token {@code at} closes the text or a clause of it within a word or two, or is
     * followed by what the options are for: the options of a choice close the question ("…, tiktok or reddit?",
     * "Ryzen 7 or Intel i7, which…", "unity or godot for a platformer"), while an "or" inside a description joins
     * two things of it ("we bake sourdough or rye loaves to order").
     */
    private static boolean closesClause(String text, List<Token> tokens, int at) {
        for (int k = at; k < Math.min(tokens.size(), at + OPTION_WORDS); k++) {
            // "unity or godot for a 2d platformer": what the options are for follows them
            if (endsClause(text, tokens.get(k)) || k + 1 < tokens.size() && tokens.get(k + 1).key().equals("for")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String text, Token token) {
        int i = token.start() + token.original().length();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || ".?!,:;".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean offered(Token token) {
        return !EnglishWords.FORM.contains(token.key()) && !TAILS.contains(token.key());
    }
}
