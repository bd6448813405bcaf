package dev.stackbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The share of a question's words the fixture knows")
final class KnownWordsTest {

    private static final KnowledgeSnapshot SNAPSHOT = new SnapshotBuilder().build(Fixtures.FIXTURE);

    private static double share(String question) {
        return SNAPSHOT.knownWords().share(SNAPSHOT.reader().read(question, List.of()));
    }

    @Test
    @DisplayName("words no passage uses are unknown; words the passages use, or that signal an aspect, are known")
    void knownAndUnknown() {
        assertThat(share("pizza toppings")).isZero();
        assertThat(share("goroutines")).isEqualTo(1.0);
        assertThat(share("goroutines pizza")).isEqualTo(0.5);
    }

    @Test
    @DisplayName("a question of form words only leaves nothing unknown")
    void nothingToKnow() {
        assertThat(share("which one would you pick?")).isEqualTo(1.0);
    }
}
