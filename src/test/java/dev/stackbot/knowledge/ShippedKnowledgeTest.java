package dev.stackbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shipped knowledge/ passes every check")
final class ShippedKnowledgeTest {

    @Test
    @DisplayName("every file in knowledge/ loads, every quote is found in a citable passage")
    void shippedKnowledgeIsValid() {
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(Fixtures.SHIPPED);

        assertThat(snapshot.knowledge().documents()).hasSize(5);
        assertThat(snapshot.knowledge().rules()).isNotEmpty();
        assertThat(snapshot.evidence().values()).allSatisfy(ordinals -> assertThat(ordinals).isNotEmpty());
    }

    @Test
    @DisplayName("no cited passage matches a promotional pattern")
    void noPromotionCited() {
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(Fixtures.SHIPPED);

        for (var passage : snapshot.passages()) {
            for (var pattern : snapshot.knowledge().promotional()) {
                assertThat(pattern.matcher(passage.text()).find()).as(passage.id() + " vs " + pattern).isFalse();
            }
        }
    }
}
