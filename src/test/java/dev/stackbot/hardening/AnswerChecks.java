package dev.stackbot.hardening;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.knowledge.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/** What every answer must satisfy, whatever was asked: the problems found, empty when the answer is well-formed. */
final class AnswerChecks {

    private AnswerChecks() {
    }

    /** Checks {@code answer} against the snapshot it claims to come from. */
    static List<String> problems(Answer answer, KnowledgeSnapshot snapshot) {
        List<String> problems = new ArrayList<>();
        if (answer == null) {
            return List.of("no answer");
        }
        if (answer.text() == null || answer.text().isBlank()) {
            problems.add("blank text");
        }
        if (answer.question() == null || answer.verdict() == null || answer.questionKind() == null) {
            problems.add("a null field: " + answer);
        }
        if (!snapshot.version().equals(answer.knowledgeVersion())) {
            problems.add("version " + answer.knowledgeVersion() + " is not the snapshot's " + snapshot.version());
        }
        if (!answer.covered() && !answer.citations().isEmpty()) {
            problems.add("an uncovered answer with citations");
        }
        List<Citation> citations = answer.citations();
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            if (citation.n() != i + 1) {
                problems.add("citation " + i + " is numbered " + citation.n());
            }
            SourceDocument document = snapshot.knowledge().document(citation.doc());
            if (document == null) {
                problems.add("citation " + citation.n() + " names unknown source " + citation.doc());
            } else if (citation.passage().isEmpty() || !document.body().contains(citation.passage())) {
                problems.add("citation " + citation.n() + " is not verbatim in " + citation.doc() + ": " + citation.passage());
            }
        }
        return problems;
    }
}
