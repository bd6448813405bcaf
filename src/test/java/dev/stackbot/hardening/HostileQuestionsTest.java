package dev.stackbot.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.render.JsonRenderer;
import dev.stackbot.render.PlainTextRenderer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and adversarial questions against the shipped knowledge: AskService never throws, every
 * answer is well-formed, and the plain-text and JSON renderers accept it. Inputs come from fixed seeds
 * (HostileQuestions), so any failure is reproduced by running the test again.
 */
@DisplayName("Hostile questions: any string gets a well-formed answer that renders")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class HostileQuestionsTest {

    /** One engine for every input: building it per input would measure loading, not asking. */
    private static final LiveKnowledge LIVE = LiveKnowledge.open(Fixtures.SHIPPED);
    private static final AskService ASK = new AskService(LIVE, 0);
    private static final PlainTextRenderer TEXT = new PlainTextRenderer(3);
    private static final JsonRenderer JSON = new JsonRenderer();

    static Stream<String> anyUnicode() {
        return HostileQuestions.anyUnicode(20261122L, 300, 300).stream();
    }

    static Stream<String> adversarial() {
        return HostileQuestions.adversarial(7L, 400).stream();
    }

    static Stream<String> tenKilobytes() {
        return HostileQuestions.tenKilobytes(10_240L, 30).stream();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("anyUnicode")
    @DisplayName("any string up to 300 code points, from the whole of Unicode")
    void anyString(String question) {
        assertWellFormed(question);
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("adversarial")
    @DisplayName("adversarial pieces mixed into real questions")
    void adversarialPieces(String question) {
        assertWellFormed(question);
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("tenKilobytes")
    @DisplayName("strings of about 10 KB")
    void huge(String question) {
        assertWellFormed(question);
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("adversarial")
    @DisplayName("follow-ups with unknown previous subjects")
    void followUps(String question) {
        Answer answer = ASK.ask(question, List.of(question.length() > 20 ? question.substring(0, 20) : question, "nodejs"));

        assertThat(AnswerChecks.problems(answer, LIVE.current())).isEmpty();
    }

    private static void assertWellFormed(String question) {
        Answer answer = ASK.ask(question);

        assertThat(AnswerChecks.problems(answer, LIVE.current())).isEmpty();
        assertThat(TEXT.answer(answer)).isNotBlank();
        assertThat(JSON.answer(answer)).startsWith("{");
    }
}
