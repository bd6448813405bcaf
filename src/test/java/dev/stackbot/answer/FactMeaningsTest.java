package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.Claim;
import dev.stackbot.knowledge.Evidence;
import dev.stackbot.knowledge.Fact;
import dev.stackbot.semantic.Vectors;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facts by meaning: close enough, and clearly closer than the next fact of the same technology")
final class FactMeaningsTest {

    private static Fact fact(String id, String subject) {
        Evidence quote = new Evidence("src", null, "a quote of " + id, "facts.yaml", 1);
        return new Fact(id, subject, id, List.of(), List.of(new Claim("v", List.of(quote))), "facts.yaml", 1);
    }

    private static final Fact GO_RELEASE = fact("go-release", "go");
    private static final Fact GO_USERS = fact("go-users", "go");
    private static final Fact RUST_RELEASE = fact("rust-release", "rust");

    /** Unit vectors on three axes: each fact's phrasing and quote point along its own; the fourth is elsewhere. */
    private static final FactMeanings MEANINGS = new FactMeanings(List.of(GO_RELEASE, GO_USERS, RUST_RELEASE),
            List.of(List.of(axis(0)), List.of(axis(1)), List.of(axis(2))),
            List.of(List.of(axis(0)), List.of(axis(1)), List.of(axis(2))));

    private static float[] axis(int i) {
        float[] v = new float[4];
        v[i] = 1;
        return v;
    }

    private static float[] toward(float x, float y, float z) {
        return Vectors.normalized(new float[] {x, y, z, 0});
    }

    @Test
    @DisplayName("a question clearly about one fact gets it")
    void clear() {
        FactMeanings.Closeness closest = MEANINGS.rank(toward(1, 0.1f, 0)).closest(List.of());

        assertThat(closest).isNotNull();
        assertThat(closest.fact()).isEqualTo(GO_RELEASE);
    }

    @Test
    @DisplayName("the closest quote weighs in beside the fact's phrasings, as a weighted mean")
    void quotes() {
        FactMeanings phrasedOnly = new FactMeanings(List.of(GO_RELEASE), List.of(List.of(axis(0))), List.of(List.of(axis(3))));

        assertThat(phrasedOnly.rank(axis(0)).all().get(0).similarity())
                .isCloseTo(1f / (1 + FactMeanings.QUOTE_WEIGHT), org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    @DisplayName("between two facts of one technology by about as much, none is guessed")
    void ambiguous() {
        assertThat(MEANINGS.rank(toward(1, 1, 0)).closest(List.of())).isNull();
    }

    @Test
    @DisplayName("a question far from every fact gets none")
    void far() {
        assertThat(MEANINGS.rank(Vectors.normalized(new float[] {0.3f, 0, 0, 1})).closest(List.of())).isNull();
    }

    @Test
    @DisplayName("only the named technologies' facts compete; the other's closest needs no margin")
    void subjects() {
        FactMeanings.Ranking ranked = MEANINGS.rank(toward(1, 1, 0.2f));

        assertThat(ranked.of(List.of("rust"))).extracting(FactMeanings.Closeness::fact).containsExactly(RUST_RELEASE);
        assertThat(ranked.closest(List.of("go"))).isNull();
        assertThat(ranked.closestOf("go")).isNotNull();
        assertThat(ranked.closestOf("rust")).isNull();
        assertThat(ranked.similarity(GO_USERS)).isCloseTo(ranked.similarity(GO_RELEASE), org.assertj.core.data.Offset.offset(1e-6f));
    }
}
