package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.KnowledgeLoader;
import dev.stackbot.question.Coverage;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Coverage is decided once, from the topic: by meaning and by words, not by the absence of names")
final class CoverageCheckTest {

    private static final QuestionReader READER = new QuestionReader(new KnowledgeLoader().load(Fixtures.SHIPPED));

    private static Coverage decide(String question, double share, boolean hits, Float closeness) {
        UnderstoodQuestion understood = READER.read(question, List.of());
        List<String> named = understood.subjects();
        return CoverageCheck.decide(understood, named, () -> new CoverageCheck.Signals(share, hits, closeness));
    }

    @Test
    @DisplayName("a named technology is covered; a foreign one is not, whatever the closeness")
    void names() {
        assertThat(decide("is node fast?", 0, true, 0.1f)).isEqualTo(Coverage.COVERED);
        assertThat(decide("Is Rust faster than Go?", 1, true, 0.9f)).isEqualTo(Coverage.FOREIGN);
    }

    @Test
    @DisplayName("with no name: close by meaning is covered; far is not, even with the sources' words")
    void meaning() {
        assertThat(decide("riders watch a dot move on a map", 0.2, true, 0.55f)).isEqualTo(Coverage.COVERED);
        assertThat(decide("which is faster to learn?", 1, true, 0.2f)).isEqualTo(Coverage.NO_TOPIC);
    }

    @Test
    @DisplayName("in between, the sources' words with an aspect, or a pointer at the pair, decide")
    void inBetween() {
        assertThat(decide("which is easier to learn?", 1, true, 0.4f)).isEqualTo(Coverage.COVERED);
        assertThat(decide("which of the two for my thing?", 0, true, 0.4f)).isEqualTo(Coverage.COVERED);
        assertThat(decide("thoughts on my cat?", 0, true, 0.4f)).isEqualTo(Coverage.NO_TOPIC);
    }

    @Test
    @DisplayName("lexically (no closeness), a question naming nothing needs an aspect and the sources' words")
    void lexical() {
        assertThat(decide("which is easier to learn?", 1, true, null)).isEqualTo(Coverage.COVERED);
        assertThat(decide("which is easier to learn?", 0.2, true, null)).isEqualTo(Coverage.NO_TOPIC);
        assertThat(decide("is node fast?", 1, false, null)).isEqualTo(Coverage.NO_TOPIC);
    }
}
