package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.Evidence;
import dev.stackbot.knowledge.RuleKind;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.semantic.Vectors;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A depends rule's stated cases: a side only when the question is close to its case and clearly closer than to the other's")
final class RuleConditionsTest {

    private static Evidence quote(String side, String text, boolean states) {
        return new Evidence("src", side, text, "rules.yaml", 1, states);
    }

    private static final VerdictRule COST = new VerdictRule("cost", "cost", List.of("go", "rust"), RuleKind.DEPENDS, null,
            "on the project", List.of(quote(null, "it depends", false), quote("go", "go is cheap for many connections", true),
            quote("rust", "rust is cheap for heavy computing", true), quote("go", "fast apps cost less", false)), "rules.yaml", 1);
    private static final VerdictRule SPEED = new VerdictRule("speed", "performance", List.of("go", "rust"), RuleKind.FAVORS,
            "rust", "for speed", List.of(quote("rust", "rust is fast", false)), "rules.yaml", 2);

    private static float[] toward(float x, float y, float z) {
        return Vectors.normalized(new float[] {x, y, z});
    }

    /** The go case along the first axis, the rust case along the second, "it depends" along the third. */
    private static final RuleConditions CONDITIONS = RuleConditions.of(List.of(SPEED, COST),
            List.of(toward(1, 0, 0), toward(0, 1, 0), toward(0, 0, 1)));

    @Test
    @DisplayName("a depends rule's quotes stating a case are embedded, then its neutral ones; nothing of other rules")
    void texts() {
        assertThat(RuleConditions.texts(List.of(SPEED, COST)))
                .containsExactly("go is cheap for many connections", "rust is cheap for heavy computing", "it depends");
    }

    @Test
    @DisplayName("clearly in one case: that side; close to both, to neither, or closer to 'it depends': none")
    void sides() {
        assertThat(CONDITIONS.sideFor(COST, toward(1, 0.1f, 0))).isEqualTo("go");
        assertThat(CONDITIONS.sideFor(COST, toward(0.1f, 1, 0))).isEqualTo("rust");
        assertThat(CONDITIONS.sideFor(COST, toward(1, 1, 0))).isNull();
        assertThat(CONDITIONS.sideFor(COST, toward(0.1f, 0, 1))).isNull();
        assertThat(CONDITIONS.sideFor(COST, toward(1, 0, 1.2f))).isNull();
        assertThat(CONDITIONS.sideFor(SPEED, toward(1, 0, 0))).isNull();
        assertThat(CONDITIONS.sideFor(COST, null)).isNull();
    }
}
