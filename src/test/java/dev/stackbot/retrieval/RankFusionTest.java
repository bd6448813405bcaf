package dev.stackbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rank fusion: ranks of both lists, not their scores")
final class RankFusionTest {

    @Test
    @DisplayName("passages in both lists beat one ranked first in only one")
    void bothListsWin() {
        List<Hit> lexical = List.of(new Hit(1, 30f), new Hit(2, 20f), new Hit(3, 1f));
        List<Integer> semantic = List.of(4, 2, 1);

        List<Integer> fused = RankFusion.fuse(lexical, semantic).stream().map(Hit::ordinal).toList();

        assertThat(fused.subList(0, 2)).containsExactlyInAnyOrder(1, 2);
        assertThat(fused.subList(2, 4)).containsExactly(4, 3);
    }

    @Test
    @DisplayName("scores of any scale fuse within a set: the order of each score map is what counts")
    void fuseScores() {
        Map<Integer, Float> fused = RankFusion.fuseScores(List.of(7, 8, 9), Map.of(7, 100f, 8, 50f, 9, 0f),
                Map.of(7, 0.1f, 8, 0.9f, 9, 0.5f), 1.0);

        assertThat(fused.get(8)).isGreaterThan(fused.get(9));
        assertThat(fused.get(7)).isGreaterThan(fused.get(9));
    }

    @Test
    @DisplayName("a lighter semantic rank reorders only passages next to each other in the lexical ranking")
    void lighterSemanticRankReordersNeighbours() {
        Map<Integer, Float> fused = RankFusion.fuseScores(List.of(1, 2, 3, 4, 5, 6),
                Map.of(1, 9f, 2, 5.1f, 3, 5f, 4, 4f, 5, 3f, 6, 2f),
                Map.of(3, 0.9f, 4, 0.8f, 5, 0.7f, 6, 0.6f, 1, 0.5f, 2, 0.4f), 0.25);

        // 3 is next to 2 in words and five places above it by meaning; 1 is two places above 3 in words
        assertThat(fused.get(1)).isGreaterThan(fused.get(3));
        assertThat(fused.get(3)).isGreaterThan(fused.get(2));
    }
}
