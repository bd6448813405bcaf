package dev.stackbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import dev.stackbot.passage.Passage;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Retrieval over the tiny fixture: exact hits")
final class RetrieverTest {

    private static final KnowledgeSnapshot SNAPSHOT = new SnapshotBuilder().build(Fixtures.FIXTURE);

    private static List<String> ids(String question, int n) {
        UnderstoodQuestion understood = SNAPSHOT.reader().read(question, List.of());
        return SNAPSHOT.retriever().search(SNAPSHOT.queries().build(understood), n).stream()
                .map(hit -> SNAPSHOT.passages().get(hit.ordinal()).id()).toList();
    }

    @Test
    @DisplayName("the fixture has seven passages; promotional sentences are not among them")
    void passages() {
        assertThat(SNAPSHOT.passages()).hasSize(7);
        assertThat(SNAPSHOT.passages()).extracting(Passage::text)
                .noneMatch(text -> text.contains("Hire our") || text.contains("Contact us"));
    }

    @Test
    @DisplayName("a speed question finds the passages that say 'faster', through the aspect's terms, and no other")
    void speed() {
        assertThat(ids("which has more speed?", 10)).containsExactlyInAnyOrder(
                "rustacean-digest#1", "gophers-weekly#4", "gophers-weekly#2", "gophers-weekly#3");
    }

    @Test
    @DisplayName("a name in the question finds the passages that use another spelling of it")
    void aliasMatches() {
        assertThat(ids("goroutines", 1)).containsExactly("gophers-weekly#4");
    }

    @Test
    @DisplayName("a question of words no passage uses finds nothing")
    void nothing() {
        assertThat(ids("pizza toppings", 5)).isEmpty();
    }
}
