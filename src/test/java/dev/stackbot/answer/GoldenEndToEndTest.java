package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.render.JsonRenderer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Golden end to end over the Go-vs-Rust fixture: pinned answers")
final class GoldenEndToEndTest {

    private static final AskService ASK = new AskService(LiveKnowledge.open(Fixtures.FIXTURE));
    private static final JsonRenderer JSON = new JsonRenderer();

    @Test
    @DisplayName("a yes/no speed question: favors Rust, evidence of each side first, pinned")
    void favors() {
        Answer answer = ASK.ask("Is Go faster than Rust?");

        assertThat(JSON.answerNode(answer).without(List.of("knowledge_version", "citations")).toString()).isEqualTo(
                "{\"question\":\"Is Go faster than Rust?\",\"covered\":true,\"subjects\":[\"go\",\"rust\"],"
                + "\"aspect\":\"performance\",\"verdict\":{\"kind\":\"favors\",\"winner\":\"rust\",\"summary\":"
                + "\"Rust — for raw speed\",\"rule\":\"speed\",\"support\":{\"go\":1,\"rust\":2},\"by_case\":false},"
                + "\"answer\":\"Rust — for raw speed\\nNot really. On performance and speed, the sources favor Rust: "
                + "1 source backs Go [2]; 2 sources back Rust [1].\",\"question_kind\":\"yes-no\"}");
        // the strongest passage of each side first; gophers-weekly#2 backs both sides and is cited once;
        // then the other passages that speak of speed, and none that do not
        assertThat(answer.citations()).extracting(Citation::passageId, Citation::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rustacean-digest#1", "rust"),
                org.assertj.core.groups.Tuple.tuple("gophers-weekly#2", "go"),
                org.assertj.core.groups.Tuple.tuple("gophers-weekly#3", null),
                org.assertj.core.groups.Tuple.tuple("gophers-weekly#4", null));
        assertThat(answer.citations()).extracting(Citation::n).containsExactly(1, 2, 3, 4);
    }

    @Test
    @DisplayName("a yes/no question asking whether the first name falls short is 'yes' when the other is favored")
    void fallsShort() {
        assertThat(ASK.ask("Is Go too slow for a game server?").text()).contains("\nYes. On performance and speed");
        assertThat(ASK.ask("Is Rust too slow for a game server?").text()).contains("\nNot really. On performance and speed");
        // what follows "even though" is granted, not asked
        assertThat(ASK.ask("Is Rust the pick for a game server, even though it is slow to compile?").text())
                .doesNotContain("\nNot really.");
    }

    @Test
    @DisplayName("a technology named only in a long message's background is left out of the answer, and the answer says so")
    void backgroundTechnology() {
        Answer answer = ASK.ask("We are three people. Our tool was written in Python years ago. It has grown slow. "
                + "Is Go or Rust faster for the rewrite?");

        assertThat(answer.covered()).isTrue();
        assertThat(answer.text()).endsWith("\n(My sources say nothing about Python: this answer is about Go and Rust.)");
    }

    @Test
    @DisplayName("contested: one quote of each side, pinned")
    void contested() {
        Answer answer = ASK.ask("which is better for concurrency?");

        assertThat(answer.verdict().kind().wire()).isEqualTo("contested");
        assertThat(answer.text()).isEqualTo("Contested — simple goroutines or compile-time safety\n"
                + "The sources disagree on concurrency: 1 source backs Go [1]; 1 source backs Rust [2].");
        assertThat(answer.citations()).extracting(Citation::passage).startsWith(
                "Go makes concurrency simple with goroutines and channels. Goroutines start faster than threads.",
                "Rust prevents data races at compile time, which makes concurrent code safer than in Go.");
    }

    @Test
    @DisplayName("outside the knowledge: not covered, no verdict, no citations, says what it knows")
    void notCovered() {
        Answer answer = ASK.ask("Is Python faster than Go?");

        assertThat(answer.covered()).isFalse();
        assertThat(answer.verdict().kind().wire()).isEqualTo("none");
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).startsWith("My sources say nothing about Python, so I won't guess.\n"
                + "I answer from my sources about Go and Rust:");
    }

    @Test
    @DisplayName("a follow-up inherits the entities and says so")
    void followUp() {
        Answer answer = ASK.ask("and for beginners?", List.of("go", "rust"));

        assertThat(answer.verdict().winner()).isEqualTo("go");
        assertThat(answer.text()).endsWith("(Still about Go and Rust.)");
    }

    @Test
    @DisplayName("every citation is a verbatim substring of its source")
    void verbatim() {
        var knowledge = ASK.live().current().knowledge();
        for (String question : List.of("is go faster?", "which is easier to learn?", "goroutines", "rust concurrency")) {
            for (Citation citation : ASK.ask(question).citations()) {
                assertThat(knowledge.document(citation.doc()).body()).contains(citation.passage());
            }
        }
    }

    @Test
    @DisplayName("the answer cache serves another spelling of the same question, echoing the question as typed")
    void cacheFollowsVersion() {
        Answer first = ASK.ask("is rust faster than go?");
        Answer again = ASK.ask("  IS RUST   faster than go?");

        assertThat(again.citations()).isSameAs(first.citations());
        assertThat(again.question()).isEqualTo("IS RUST faster than go?");
        assertThat(first.knowledgeVersion()).isEqualTo(ASK.live().version());
    }
}
