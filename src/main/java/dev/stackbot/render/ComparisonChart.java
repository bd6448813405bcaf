package dev.stackbot.render;

import dev.stackbot.answer.Comparison;
import dev.stackbot.verdict.Verdict;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarChartBuilder;
import org.knowm.xchart.style.HorizontalBarStyler;

/**
 * A comparison as a diverging bar chart: one row per aspect with a verdict, the first technology's distinct
 * sources to the left, the second's to the right, the verdict in the row's label. A pure function of the
 * {@link Comparison}: the same comparison always draws the same PNG.
 */
public final class ComparisonChart {

    static final int WIDTH = 1000;
    static final int ROW_HEIGHT = 30;
    /** Title, axis and legend. */
    static final int FRAME_HEIGHT = 150;
    /** A label longer than this is cut with "…": the plot keeps at least half of the width. */
    static final int MAX_LABEL = 64;

    static final Color FIRST = new Color(0x3C, 0x87, 0x3A);   // Node.js green, a colour either side could own
    static final Color SECOND = new Color(0x30, 0x69, 0x98);  // Python blue

    /**
     * The chart's PNG bytes.
     *
     * @throws IllegalStateException when this machine's Java2D cannot draw (no fonts, say)
     */
    public byte[] png(Comparison comparison) {
        return ChartPng.draw(() -> draw(comparison));
    }

    private byte[] draw(Comparison comparison) {
        List<Comparison.Row> rows = chartedRows(comparison);
        List<String> labels = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        // at least 4 sources wide: a narrower scale would tick at half sources, which do not exist
        int most = 4;
        for (Comparison.Row row : rows) {
            int a = row.verdict().support().getOrDefault(comparison.first(), 0);
            int b = row.verdict().support().getOrDefault(comparison.second(), 0);
            labels.add(label(row, comparison));
            left.add(-a);
            right.add(b);
            most = Math.max(most, Math.max(a, b));
        }
        HorizontalBarChart chart = new HorizontalBarChartBuilder()
                .width(WIDTH).height(FRAME_HEIGHT + ROW_HEIGHT * Math.max(1, rows.size()))
                .title(DiscordText.clean(comparison.firstName()) + " vs " + DiscordText.clean(comparison.secondName())
                        + ": distinct sources per aspect")
                .xAxisTitle("← " + DiscordText.clean(comparison.firstName()) + "   sources   "
                        + DiscordText.clean(comparison.secondName()) + " →")
                .build();
        HorizontalBarStyler styler = chart.getStyler();
        ChartPng.style(styler);
        styler.setAxisTickLabelsFont(ChartPng.TEXT);
        styler.setAxisTitleFont(ChartPng.TEXT);
        styler.setXAxisMin((double) -most).setXAxisMax((double) most);
        // counts on both sides are positive numbers: the left side is negative only to be drawn leftwards, so the
        // pattern's negative half prints no minus sign (a formatting function would hide XChart's tick labels); its
        // trailing space keeps it apart from the positive half, which DecimalFormat would otherwise ignore
        styler.setXAxisDecimalPattern("#,##0;#,##0' '");
        // XChart thins category labels by the x-axis hints even on this chart's vertical axis: every row is named
        styler.setXAxisTickMarkSpacingHint(ROW_HEIGHT - 8);
        styler.setXAxisMaxLabelCount(1_000);
        // and the value axis by the y-axis hint: wide enough apart that ticks fall on whole sources
        styler.setYAxisTickMarkSpacingHint(60);
        styler.setAvailableSpaceFill(0.8);
        styler.setSeriesColors(new Color[] {FIRST, SECOND});
        chart.addSeries(DiscordText.clean(comparison.firstName()), left, labels);
        chart.addSeries(DiscordText.clean(comparison.secondName()), right, labels);
        return ChartPng.encode(chart);
    }

    /** Aspects with a verdict; all of them when none has one, so the chart still says so row by row. */
    static List<Comparison.Row> chartedRows(Comparison comparison) {
        List<Comparison.Row> judged = comparison.rows().stream()
                .filter(r -> r.verdict().kind() != dev.stackbot.verdict.VerdictKind.NONE).toList();
        return judged.isEmpty() ? comparison.rows() : judged;
    }

    /** "performance and speed — favors Node.js", cut to {@link #MAX_LABEL} characters. */
    static String label(Comparison.Row row, Comparison comparison) {
        Verdict verdict = row.verdict();
        String mark = switch (verdict.kind()) {
            case FAVORS -> "favors " + (verdict.winner().equals(comparison.first()) ? comparison.firstName()
                    : verdict.winner().equals(comparison.second()) ? comparison.secondName() : verdict.winner());
            case DEPENDS -> "it depends";
            case CONTESTED -> "contested";
            case NONE -> "no verdict";
        };
        String label = DiscordText.clean(row.aspectLabel()) + " — " + DiscordText.clean(mark);
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }
}
