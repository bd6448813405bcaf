package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackbot.Fixtures;
import dev.stackbot.verdict.VerdictKind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Comparing two entities over the Go-vs-Rust fixture")
final class ComparerTest {

    private static final KnowledgeSnapshot SNAPSHOT = new SnapshotBuilder().build(Fixtures.FIXTURE);

    @Test
    @DisplayName("one row per aspect in catalog order, each with its verdict; no rule is no verdict and no quote")
    void everyAspect() {
        Comparison comparison = Comparer.compare(SNAPSHOT, "golang", "rust", null);

        assertThat(comparison.first()).isEqualTo("go");
        assertThat(comparison.secondName()).isEqualTo("Rust");
        assertThat(comparison.rows()).extracting(r -> r.aspect(), r -> r.verdict().kind()).containsExactly(
                Tuple.tuple("performance", VerdictKind.FAVORS), Tuple.tuple("learning-curve", VerdictKind.FAVORS),
                Tuple.tuple("concurrency", VerdictKind.CONTESTED), Tuple.tuple("general", VerdictKind.NONE));
        assertThat(comparison.rows().get(3).citations()).isEmpty();
    }

    @Test
    @DisplayName("an aspect named by a word gives the first quote of each side, in the order the pair was asked")
    void strongestPerSide() {
        Comparison comparison = Comparer.compare(SNAPSHOT, "rust", "go", "goroutines");

        assertThat(comparison.rows()).singleElement().satisfies(row -> {
            assertThat(row.aspect()).isEqualTo("concurrency");
            assertThat(row.citations()).extracting(Citation::side, Citation::n)
                    .containsExactly(Tuple.tuple("rust", 1), Tuple.tuple("go", 2));
            assertThat(row.citations().get(0).passage()).contains("Rust prevents data races at compile time");
            assertThat(row.citations().get(1).passage()).contains("Go makes concurrency simple with goroutines");
        });
    }

    @Test
    @DisplayName("an unknown technology, an unknown aspect or the same one twice is a user-facing refusal")
    void unknownNames() {
        assertThatThrownBy(() -> Comparer.compare(SNAPSHOT, "go", "python", null))
                .isInstanceOf(UnknownNameException.class).hasMessage("I have no sources about \"python\". I know: go, rust.");
        assertThatThrownBy(() -> Comparer.compare(SNAPSHOT, "go", "rust", "pizza"))
                .isInstanceOf(UnknownNameException.class).hasMessageStartingWith("I know no aspect called \"pizza\".");
        assertThatThrownBy(() -> Comparer.compare(SNAPSHOT, "go", "golang", null))
                .isInstanceOf(UnknownNameException.class).hasMessage("Pick two different technologies to compare.");
    }
}
