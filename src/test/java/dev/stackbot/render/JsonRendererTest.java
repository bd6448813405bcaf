package dev.stackbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON contract keeps its names and types")
final class JsonRendererTest {

    private static final AskService ASK = new AskService(LiveKnowledge.open(Fixtures.FIXTURE));

    @Test
    @DisplayName("an answer has exactly the contract's fields, in order, with their types")
    void contract() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().answer(ASK.ask("which is easier to learn?")));

        assertThat(json.fieldNames()).toIterable().startsWith("question", "covered", "subjects", "aspect", "verdict", "citations", "answer");
        assertThat(json.get("covered").isBoolean()).isTrue();
        assertThat(json.get("verdict").fieldNames()).toIterable().containsExactly("kind", "winner", "summary", "rule", "support", "by_case");
        assertThat(json.get("verdict").get("by_case").asBoolean(true)).isFalse();
        assertThat(json.get("verdict").get("support").get("go").isInt()).isTrue();
        JsonNode citation = json.get("citations").get(0);
        assertThat(citation.fieldNames()).toIterable().startsWith("n", "doc", "title", "publisher", "passage", "score");
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("score").isNumber()).isTrue();
    }

    @Test
    @DisplayName("not covered: aspect and winner are null, no citations")
    void notCovered() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().answer(ASK.ask("best pizza topping?")));

        assertThat(json.get("covered").asBoolean()).isFalse();
        assertThat(json.get("aspect").isNull()).isTrue();
        assertThat(json.get("verdict").get("kind").asText()).isEqualTo("none");
        assertThat(json.get("verdict").get("winner").isNull()).isTrue();
        assertThat(json.get("citations")).isEmpty();
    }

    @Test
    @DisplayName("a batch error line has the question and the error")
    void errorLine() {
        assertThat(new JsonRenderer().error("q", "empty question")).isEqualTo("{\"question\":\"q\",\"error\":\"empty question\"}");
    }

    @Test
    @DisplayName("plain text shows the verdict, counts, numbered quotes and the version")
    void plainText() {
        String text = new PlainTextRenderer(1).answer(ASK.ask("which is easier to learn?"));

        assertThat(text).startsWith("Go — for new developers\n")
                .contains("Verdict: favors go | distinct sources per side: Go 2, Rust 0 | rule learning")
                .contains("[1] \u201CGo is easy to learn: a new developer can read Go code after a week.")
                .contains("(1 more sources: use --json to see all)")
                .endsWith("knowledge " + ASK.live().version() + "\n");
        assertThat(List.of(text.split("\n"))).noneMatch(line -> line.startsWith("[2]"));
    }
}
