package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Quote meanings: each rule quote embedded once, and how close it is to a question")
final class QuoteMeaningsTest {

    private static final Knowledge SHIPPED = new KnowledgeLoader().load(Fixtures.SHIPPED);

    @Test
    @DisplayName("a quote two rules share is embedded once")
    void texts() {
        List<String> texts = QuoteMeanings.texts(SHIPPED.rules());
        long quotes = SHIPPED.rules().stream().flatMap(rule -> rule.evidence().stream()).count();

        assertThat(texts).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo((int) quotes).isNotEmpty();
    }

    @Test
    @DisplayName("a quote's closeness is the cosine of its vector with the question's; a quote not embedded has none")
    void closeness() {
        List<float[]> vectors = new ArrayList<>(List.of(new float[] {1, 0}, new float[] {0.6f, 0.8f}));
        QuoteMeanings quotes = QuoteMeanings.of(List.of("first", "second"), vectors);

        assertThat(quotes.closeness("first", new float[] {0, 1})).isZero();
        assertThat(quotes.closeness("second", new float[] {0, 1})).isEqualTo(0.8f);
        assertThat(quotes.closeness("never embedded", new float[] {0, 1})).isNaN();
        assertThatThrownBy(() -> QuoteMeanings.of(List.of("first"), vectors)).isInstanceOf(IllegalArgumentException.class);
    }
}
