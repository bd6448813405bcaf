package dev.stackbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.verdict.Verdict;
import dev.stackbot.verdict.VerdictKind;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /compare chart: a diverging bar per aspect, verdicts in the labels, a small PNG")
final class ComparisonChartTest {

    private static final AskService FIXTURE = new AskService(LiveKnowledge.open(Fixtures.FIXTURE));
    private static final AskService SHIPPED = new AskService(LiveKnowledge.open(Fixtures.SHIPPED));

    @Test
    @DisplayName("the fixture's comparison draws a valid PNG, as wide as set and one row per judged aspect")
    void fixtureComparison() {
        // given the comparison of the fixture's two technologies
        Comparison comparison = FIXTURE.compare("go", "rust", null);
        List<Comparison.Row> judged = ComparisonChart.chartedRows(comparison);
        // when it is drawn
        byte[] png = new ComparisonChart().png(comparison);
        Pngs.keep("compare-fixture.png", png);
        // then it is a PNG of the chart's size, small enough to upload at once
        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(ComparisonChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ComparisonChart.FRAME_HEIGHT + ComparisonChart.ROW_HEIGHT * judged.size());
        assertThat(png.length).isBetween(5_000, 200_000);
        assertThat(judged).allSatisfy(r -> assertThat(r.verdict().kind()).isNotEqualTo(VerdictKind.NONE));
    }

    @Test
    @DisplayName("the shipped Node.js vs Python comparison fits every aspect in under 300 KB")
    void shippedComparison() {
        Comparison comparison = SHIPPED.compare("nodejs", "python", null);
        byte[] png = new ComparisonChart().png(comparison);
        Pngs.keep("compare-chart.png", png);
        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(ComparisonChart.WIDTH);
        assertThat(image.getHeight()).isBetween(300, 1_200);
        assertThat(png.length).isLessThan(300_000);
    }

    @Test
    @DisplayName("a label names the aspect and the verdict, the winner by its display name, cut with … when too long")
    void labels() {
        Comparison comparison = new Comparison("nodejs", "Node.js", "python", "Python", List.of(), "v");
        var favors = new Comparison.Row("performance", "performance and speed",
                new Verdict(VerdictKind.FAVORS, "nodejs", "Node.js", "r", Map.of("nodejs", 5, "python", 0)), List.of());
        var contested = new Comparison.Row("x", "x".repeat(100),
                new Verdict(VerdictKind.CONTESTED, null, "split", "r", Map.of()), List.of());
        assertThat(ComparisonChart.label(favors, comparison)).isEqualTo("performance and speed — favors Node.js");
        assertThat(ComparisonChart.label(contested, comparison)).hasSize(ComparisonChart.MAX_LABEL).endsWith("…");
    }

    @Test
    @DisplayName("a comparison with no verdict at all still draws every aspect, at zero")
    void noVerdicts() {
        Comparison comparison = new Comparison("a", "Alpha", "b", "Beta", List.of(
                new Comparison.Row("one", "one", Verdict.none("none"), List.of()),
                new Comparison.Row("two", "two", Verdict.none("none"), List.of())), "v");
        BufferedImage image = Pngs.decode(new ComparisonChart().png(comparison));
        assertThat(image.getHeight()).isEqualTo(ComparisonChart.FRAME_HEIGHT + 2 * ComparisonChart.ROW_HEIGHT);
    }
}
