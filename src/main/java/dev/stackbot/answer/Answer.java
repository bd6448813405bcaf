package dev.stackbot.answer;

import dev.stackbot.verdict.Verdict;
import java.util.List;

/**
 * The engine's reply to one question; every renderer (text, JSON, Discord) starts from this.
 *
 * @param question         the question as asked (trimmed, control characters removed)
 * @param covered          false when the question is outside the knowledge: then no verdict kind but none, no citations
 * @param subjects         entity ids the answer is about
 * @param subjectNames     display names of {@code subjects}, same order
 * @param aspect           aspect id, or null
 * @param aspectLabel      display label of the aspect, or null
 * @param questionKind     how the question was understood (choice, yes/no, fact, definition, …)
 * @param verdict          the verdict, never null (kind none when nothing to judge)
 * @param citations        numbered citations, best first; renderers show a prefix and page the rest
 * @param text             the plain-text reply (verdict line and short answer, with [n] markers)
 * @param knowledgeVersion version of the knowledge snapshot that produced this answer
 */
public record Answer(String question, boolean covered, List<String> subjects, List<String> subjectNames,
                     String aspect, String aspectLabel, String questionKind, Verdict verdict,
                     List<Citation> citations, String text, String knowledgeVersion) {

    public Answer {
        subjects = List.copyOf(subjects);
        subjectNames = List.copyOf(subjectNames);
        citations = List.copyOf(citations);
    }

    /** The same answer to the question as this user typed it (answers are cached across spellings). */
    public Answer withQuestion(String asked) {
        return asked.equals(question) ? this : new Answer(asked, covered, subjects, subjectNames, aspect, aspectLabel,
                questionKind, verdict, citations, text, knowledgeVersion);
    }
}
