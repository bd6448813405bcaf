package dev.stackbot.retrieval;

import dev.stackbot.index.Fields;
import dev.stackbot.index.PassageIndex;
import dev.stackbot.question.PairReference;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.question.Token;
import dev.stackbot.question.Tokens;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.List;
import java.util.Locale;

/** How much of a question's wording the knowledge knows: a signal of whether the question is for these sources at all. */
public final class KnownWords {

    private final PassageIndex index;

    public KnownWords(PassageIndex index) {
        this.index = index;
    }

    /**
     * Share of the question's search words that the knowledge knows: words that signalled its
     * aspect, or words found in some passage (1 when it has no search words: nothing in it is unknown).
     */
    public double share(UnderstoodQuestion question) {
        int total = 0;
        int known = 0;
        for (String word : question.searchWords()) {
            List<String> terms = index.analyze(Fields.TEXT, word);
            if (terms.isEmpty()) {
                continue;
            }
            total++;
            boolean signal = question.aspectWords().contains(word.toLowerCase(Locale.ROOT));
            if (signal || terms.stream().allMatch(t -> index.docFreq(t) > 0)) {
                known++;
            }
        }
        // no topic words at all ("which one would you pick?") leaves nothing unknown
        return total == 0 ? 1 : (double) known / total;
    }

    /** Words that set two options against each other. */
    private static final java.util.Set<String> OR = java.util.Set.of("or", "vs", "versus");

    /**
     * Whether the question chooses between two things the sources never mention: the words on both sides of
     * an "or" or "vs" ("tiktok or reddit?", "postgres vs mongo") are neither form words nor words of any
     * passage. Such a choice is between other things than the knowledge's, whatever words it shares with it.
     * Only meaningful for a question that names none of the knowledge's technologies, and never when it points
     * at the pair.
     */
    public boolean choosesUnknownOptions(UnderstoodQuestion question) {
        if (PairReference.in(question.text())) {
            // "which of the two is cheaper, server bill vs dev hours?": the choice is the pair's, the rest its criteria
            return false;
        }
        List<Token> tokens = Tokens.of(question.text());
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (OR.contains(tokens.get(i).key()) && unknown(tokens.get(i - 1)) && unknown(tokens.get(i + 1))) {
                return true;
            }
        }
        // "which laptop scales best…": what is chosen stands right after "which", and the sources never name it
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (tokens.get(i).key().equals("which") && opensClause(question.text(), tokens.get(i).start())
                    && next.key().length() >= MIN_CHOSEN && unknown(next)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word opens the text or a clause of it: "which" inside one ("predicts which deliveries…") chooses nothing. */
    private static boolean opensClause(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".?!,:;".indexOf(text.charAt(i)) >= 0;
    }

    /** Shorter words after "which" are often chat abbreviations of the sources' own ("which lib", "which fw"). */
    private static final int MIN_CHOSEN = 5;

    private boolean unknown(Token token) {
        if (QuestionReader.isFormWord(token.key()) || question(token.key())) {
            return false;
        }
        List<String> terms = index.analyze(Fields.TEXT, token.original());
        return !terms.isEmpty() && terms.stream().noneMatch(t -> index.docFreq(t) > 0);
    }

    /** Chat tails that end a question, not options of it ("…or nah", "…or not"). */
    private static boolean question(String key) {
        return key.equals("nah") || key.equals("not") || key.equals("what") || key.equals("smth") || key.equals("something");
    }
}
