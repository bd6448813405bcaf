package dev.stackbot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import dev.stackbot.answer.Comparison;
import dev.stackbot.verdict.Verdict;
import java.io.UncheckedIOException;

/** The JSON contract of an answer (see README): exactly these names, in this order, plus a few extra fields. */
public final class JsonRenderer {

    private final ObjectMapper mapper = new ObjectMapper();

    /** One answer as one line of JSON. */
    public String answer(Answer answer) {
        return write(answerNode(answer));
    }

    public ObjectNode answerNode(Answer answer) {
        ObjectNode node = mapper.createObjectNode();
        node.put("question", answer.question());
        node.put("covered", answer.covered());
        ArrayNode subjects = node.putArray("subjects");
        answer.subjects().forEach(subjects::add);
        node.put("aspect", answer.aspect());
        node.set("verdict", verdictNode(answer.verdict()));
        ArrayNode citations = node.putArray("citations");
        answer.citations().forEach(c -> citations.add(citationNode(c)));
        node.put("answer", answer.text());
        node.put("question_kind", answer.questionKind());
        node.put("knowledge_version", answer.knowledgeVersion());
        return node;
    }

    /** The line for a batch question that could not be answered. */
    public String error(String question, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("question", question);
        node.put("error", message);
        return write(node);
    }

    public String comparison(Comparison comparison) {
        ObjectNode node = mapper.createObjectNode();
        node.put("first", comparison.first());
        node.put("second", comparison.second());
        ArrayNode rows = node.putArray("aspects");
        for (Comparison.Row row : comparison.rows()) {
            ObjectNode item = rows.addObject();
            item.put("aspect", row.aspect());
            item.put("label", row.aspectLabel());
            item.set("verdict", verdictNode(row.verdict()));
            ArrayNode citations = item.putArray("citations");
            row.citations().forEach(c -> citations.add(citationNode(c)));
        }
        node.put("knowledge_version", comparison.knowledgeVersion());
        return write(node);
    }

    private ObjectNode verdictNode(Verdict verdict) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", verdict.kind().wire());
        node.put("winner", verdict.winner());
        node.put("summary", verdict.summary());
        node.put("rule", verdict.rule());
        ObjectNode support = node.putObject("support");
        verdict.support().forEach(support::put);
        // a depends rule settled for the side whose stated case the question is in: favors, on a depends rule
        node.put("by_case", verdict.byCase());
        return node;
    }

    private ObjectNode citationNode(Citation citation) {
        ObjectNode node = mapper.createObjectNode();
        node.put("n", citation.n());
        node.put("doc", citation.doc());
        node.put("title", citation.title());
        node.put("publisher", citation.publisher());
        node.put("passage", citation.passage());
        node.put("score", citation.score());
        node.put("passage_id", citation.passageId());
        node.put("heading", citation.heading());
        node.put("side", citation.side());
        if (!citation.errata().isEmpty()) {
            var errata = node.putArray("errata");
            citation.errata().forEach(e -> errata.addObject().put("quote", e.quote()).put("correction", e.correction())
                    .put("reference", e.reference()));
        }
        return node;
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing a tree of strings and numbers cannot fail", e);
        }
    }
}
