package dev.stackbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Diversity across sources over the tiny fixture")
final class DiversifierTest {

    private static final KnowledgeSnapshot SNAPSHOT = new SnapshotBuilder().build(Fixtures.FIXTURE);

    @Test
    @DisplayName("puts one passage of each source first when scores are close")
    void diversify() {
        List<Hit> hits = List.of(new Hit(0, 3.0f), new Hit(1, 2.9f), new Hit(4, 2.8f), new Hit(2, 1.0f));
        // ordinals 0, 1 and 2 are gophers-weekly passages; 4 is rustacean-digest's first

        List<Hit> ordered = Diversifier.diversify(hits, SNAPSHOT.passages());

        assertThat(ordered).extracting(Hit::ordinal).containsExactly(0, 4, 1, 2);
    }

    @Test
    @DisplayName("keeps one source on top when it is clearly better")
    void clearlyBetterStays() {
        List<Hit> hits = List.of(new Hit(0, 3.0f), new Hit(1, 2.9f), new Hit(4, 1.0f));

        List<Hit> ordered = Diversifier.diversify(hits, SNAPSHOT.passages());

        assertThat(ordered).extracting(Hit::ordinal).containsExactly(0, 1, 4);
    }
}
