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
        assertThat(snapshot.evidence().values()).allSatisfy(quotes -> assertThat(quotes).isNotEmpty());
    }

    @Test
    @DisplayName("each rule's evidence is resolved to the passage that holds that very quote, in evidence order")
    void evidenceResolvedToItsPassage() {
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(Fixtures.SHIPPED);

        for (VerdictRule rule : snapshot.knowledge().rules()) {
            var resolved = snapshot.evidence(rule);

            assertThat(resolved).extracting(e -> e.quote()).as(rule.id()).containsExactlyElementsOf(rule.evidence());
            assertThat(resolved).as(rule.id()).allSatisfy(e ->
                    assertThat(snapshot.passages().get(e.ordinal()).text()).contains(e.quote().quote()));
        }
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
