package dev.stackbot.retrieval;

import dev.stackbot.index.Fields;
import dev.stackbot.index.PassageIndex;
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

    /**
     * Whether a question chooses between things the sources never mention: every word of one of its groups of
     * options ({@link dev.stackbot.question.QuestionReader#choiceOptions}: "tiktok or reddit?", "which
     * laptop…") is in no passage. Such a choice is between other things than the knowledge's, whatever words
     * it shares with it.
     */
    public boolean choosesUnknownOptions(List<List<String>> options) {
        return options.stream().anyMatch(group -> group.stream().allMatch(this::unknown));
    }

    /** Words this short are too often chat abbreviations to tell anything by being unknown ("ok", "js"). */
    private static final int MIN_TELLING = 3;

    /**
     * The words of what a question asks for ({@link dev.stackbot.question.QuestionReader#askedFor}: "what
     * licence…", "how much does a dev earn…") that no passage uses, not even one typo away, and that
     * {@code alsoKnown} (the facts' own phrases) does not know either; empty when the sources know them all.
     */
    public List<String> unknownAsked(List<String> asked, java.util.function.Predicate<String> alsoKnown) {
        return asked.stream().filter(word -> word.length() >= MIN_TELLING && word.chars().allMatch(Character::isLetter)
                && unknown(word) && !alsoKnown.test(word) && !misspeltKnown(word)).toList();
    }

    private boolean misspeltKnown(String word) {
        List<String> terms = index.analyze(Fields.TEXT, word);
        return terms.stream().anyMatch(index::hasNear);
    }

    private boolean unknown(String word) {
        List<String> terms = index.analyze(Fields.TEXT, word);
        return !terms.isEmpty() && terms.stream().noneMatch(t -> index.docFreq(t) > 0);
    }
}
