package dev.stackbot.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.render.JsonRenderer;
import dev.stackbot.render.PlainTextRenderer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Random and adversarial questions against the shipped knowledge: AskService never throws, every
 * answer is well-formed, and the plain-text and JSON renderers accept it. The Jupiter @Timeout does not
 * apply to jqwik's engine; the time is bounded by the fixed tries and string sizes instead.
 */
@Label("Hostile questions: any string gets a well-formed answer that renders")
final class HostileQuestionPropertiesTest {

    /** One engine for every try: building it per try would measure loading, not asking. */
    private static final LiveKnowledge LIVE = LiveKnowledge.open(Fixtures.SHIPPED);
    private static final AskService ASK = new AskService(LIVE, 0);
    private static final PlainTextRenderer TEXT = new PlainTextRenderer(3);
    private static final JsonRenderer JSON = new JsonRenderer();

    /** Real question fragments, so that hostile pieces also reach retrieval and verdicts, not only refusals. */
    private static final List<String> REAL = List.of("is node faster than python", "python or node for APIs",
            "Django vs Express for a chat app", "what is Node.js", "is the GIL a problem", "which scales better");

    @Property(tries = 300)
    @Label("any string up to 300 characters, from the whole of Unicode")
    void anyString(@ForAll @StringLength(max = 300) String question) {
        assertWellFormed(question);
    }

    @Property(tries = 400)
    @Label("adversarial pieces mixed into real questions")
    void adversarial(@ForAll("hostile") String question) {
        assertWellFormed(question);
    }

    @Property(tries = 30)
    @Label("strings of about 10 KB")
    void huge(@ForAll("tenKilobytes") String question) {
        assertWellFormed(question);
    }

    @Property(tries = 50)
    @Label("follow-ups with any previous subjects, including unknown ones")
    void followUps(@ForAll("hostile") String question, @ForAll @StringLength(max = 20) String previous) {
        Answer answer = ASK.ask(question, List.of(previous, "nodejs"));
        assertThat(AnswerChecks.problems(answer, LIVE.current())).isEmpty();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("title:node AND python~2", "node^10 OR (python", "\"unclosed phrase", "*:*", "fast* ?ython",
                        "[a TO z]", "{!lucene}", "/reg.*ex/", "+node -python", "&& || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                        "python\\", "node.js:", "AND OR NOT"),
                Arbitraries.of("\uD83D\uDE80\uD83D\uDD25", "\u05E2\u05D1\u05E8\u05D9\u05EA \u202Eevil\u202C", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
                        "e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355", "\uD800", "\uDC00x", "\uDBFF\uDFFF", "\uFEFF", "\u200B\u200D",
                        "\uFF2E\uFF4F\uFF44\uFF45", "n\u0308ode", "\u0130stanbul"),
                Arbitraries.of("\u0000", "\u0007", "\u001B[31m", "\r\n", "\t\t", "\u0085", "\u2028\u2029", "\b\f"),
                Arbitraries.of("@everyone", "@here", "<@&123456789012345678>", "<@!42>", "<#99>", "<:emoji:1234>",
                        "```code```", "**bold** __x__", "||spoiler||", "https://example.com/?q=node"),
                Arbitraries.of(REAL));
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(" ", "", "\n", "?"))
                .as((pieces, glue) -> String.join(glue, pieces));
    }

    @Provide
    Arbitrary<String> tenKilobytes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(10_240),
                Arbitraries.of(REAL).map(q -> (q + " ").repeat(10_240 / (q.length() + 1))),
                Arbitraries.of("(", "\"", "*", "node ", "\uD83D\uDE80", "@everyone ").map(p -> p.repeat(10_240 / p.length())));
    }

    private static void assertWellFormed(String question) {
        Answer answer = ASK.ask(question);
        assertThat(AnswerChecks.problems(answer, LIVE.current())).isEmpty();
        assertThat(TEXT.answer(answer)).isNotNull();
        assertThat(JSON.answer(answer)).startsWith("{");
    }
}
