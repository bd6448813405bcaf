package dev.stackbot.question;

import dev.stackbot.knowledge.Aspect;
import java.util.List;

/**
 * A question as the engine understands it.
 *
 * @param text         the cleaned question (control characters removed, white space folded, length capped)
 * @param kind         the sort of answer it asks for
 * @param subjects     entity ids it names, in order; inherited from the previous question when it names none
 * @param inherited    whether {@code subjects} came from the previous question
 * @param aspect       the aspect it is about, or null
 * @param aspectWords  the words of the question that signalled the aspect
 * @param signalled    every aspect its words signal, the one they signal most first (before meaning overrules any)
 * @param foreign      technologies it asks about that the knowledge has no sources on
 * @param searchWords  the words worth searching for (entity names and question form words removed)
 * @param coverage     whether the knowledge can answer it
 * @param background   technologies the knowledge has no sources on, named only in a long message's background and
 *                     compared with nothing ("it's an old PHP monolith"): context, not its subject, yet worth saying
 *                     the answer leaves them out
 * @param withinOne    when it chooses between two names of one technology ({@link Coverage#WITHIN_ONE}), those two
 *                     as typed ("Django or Flask?"); otherwise empty
 * @param fallsShort   whether it asks if a technology falls short ("is python too slow for…?"), not if it does
 *                     well: a yes/no answer is then "yes" when the other one is favored
 * @param asksAgreement whether it asks if the sources agree ("do they agree on websites?", "I keep reading opposite
 *                     things"): a disagreement is then the answer, never outweighed by another need
 */
public record UnderstoodQuestion(String text, QuestionKind kind, List<String> subjects, boolean inherited,
                                 Aspect aspect, List<String> aspectWords, List<Aspect> signalled, List<String> foreign,
                                 List<String> searchWords, Coverage coverage, List<String> background,
                                 List<String> withinOne, boolean fallsShort, boolean asksAgreement) {

    public UnderstoodQuestion {
        subjects = List.copyOf(subjects);
        aspectWords = List.copyOf(aspectWords);
        signalled = List.copyOf(signalled);
        foreign = List.copyOf(foreign);
        searchWords = List.copyOf(searchWords);
        background = background == null ? List.of() : List.copyOf(background);
        withinOne = withinOne == null ? List.of() : List.copyOf(withinOne);
    }

    /** A question with nothing named in its background, no choice within one technology, asking nothing falls short. */
    public UnderstoodQuestion(String text, QuestionKind kind, List<String> subjects, boolean inherited, Aspect aspect,
                              List<String> aspectWords, List<Aspect> signalled, List<String> foreign,
                              List<String> searchWords, Coverage coverage) {
        this(text, kind, subjects, inherited, aspect, aspectWords, signalled, foreign, searchWords, coverage, List.of(), List.of(),
                false, false);
    }

    /** The same question judged not covered for the given reason. */
    public UnderstoodQuestion withCoverage(Coverage newCoverage) {
        return new UnderstoodQuestion(text, kind, subjects, inherited, aspect, aspectWords, signalled, foreign, searchWords, newCoverage, background,
                withinOne, fallsShort, asksAgreement);
    }

    /** The same question with other things named that the knowledge has no sources on (a refusal names them). */
    public UnderstoodQuestion withForeign(List<String> newForeign) {
        return new UnderstoodQuestion(text, kind, subjects, inherited, aspect, aspectWords, signalled, List.copyOf(newForeign), searchWords,
                coverage, background, withinOne, fallsShort, asksAgreement);
    }

    /** The same question read as asking for another kind of answer. */
    public UnderstoodQuestion withKind(QuestionKind newKind) {
        return new UnderstoodQuestion(text, newKind, subjects, inherited, aspect, aspectWords, signalled, foreign, searchWords, coverage, background,
                withinOne, fallsShort, asksAgreement);
    }

    /** The same question about another aspect (one found from its meaning, or one of its needs). */
    public UnderstoodQuestion withAspect(Aspect newAspect) {
        return new UnderstoodQuestion(text, kind, subjects, inherited, newAspect, aspectWords, signalled, foreign, searchWords, coverage, background,
                withinOne, fallsShort, asksAgreement);
    }

    /** The same question about the given subjects (e.g. the pair of the rule that judged it). */
    public UnderstoodQuestion withSubjects(List<String> newSubjects) {
        return new UnderstoodQuestion(text, kind, newSubjects, inherited, aspect, aspectWords, signalled, foreign, searchWords, coverage, background,
                withinOne, fallsShort, asksAgreement);
    }
}
