package dev.stackbot.render;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/** Questions per day as stacked bars, covered below and declined on top: how much the knowledge answers, over time. */
public final class QuestionsChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    /** Pixels a day's label needs ("Nov 24" and a gap): with more days than fit, XChart names only some. */
    static final int LABEL_SPACING = 60;

    static final Color COVERED = new Color(0x2E, 0x9E, 0x5B);
    static final Color DECLINED = new Color(0xD9, 0x6B, 0x2B);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /**
     * One day of the chart.
     *
     * @param day      the date (UTC)
     * @param covered  questions answered from the knowledge
     * @param declined questions it declined
     */
    public record Day(LocalDate day, long covered, long declined) {
        public Day {
            if (covered < 0 || declined < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }
    }

    /**
     * The chart's PNG bytes.
     *
     * @param title what the period is, e.g. "Questions per day, last 7 days"
     * @param days  oldest first; an empty list draws one empty day so the chart still has an axis
     * @throws IllegalStateException when this machine's Java2D cannot draw (no fonts, say)
     */
    public byte[] png(String title, List<Day> days) {
        return ChartPng.draw(() -> draw(title, days));
    }

    private byte[] draw(String title, List<Day> days) {
        List<Day> shown = days.isEmpty() ? List.of(new Day(LocalDate.now(java.time.ZoneOffset.UTC), 0, 0)) : days;
        List<String> labels = new ArrayList<>();
        List<Long> covered = new ArrayList<>();
        List<Long> declined = new ArrayList<>();
        // category labels must be distinct: "Nov 24" repeats after a year, an ISO date never
        DateTimeFormatter format = shown.size() > 365 ? DateTimeFormatter.ISO_LOCAL_DATE : DAY;
        long most = 0;
        for (int i = 0; i < shown.size(); i++) {
            Day day = shown.get(i);
            labels.add(format.format(day.day()));
            covered.add(day.covered());
            declined.add(day.declined());
            most = Math.max(most, day.covered() + day.declined());
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(DiscordText.clean(title)).yAxisTitle("questions").build();
        CategoryStyler styler = chart.getStyler();
        ChartPng.style(styler);
        styler.setStacked(true);
        styler.setAvailableSpaceFill(0.7);
        styler.setAxisTickLabelsFont(ChartPng.SMALL);
        styler.setAxisTitleFont(ChartPng.TEXT);
        styler.setYAxisMin(0.0);
        // whole questions only: a scale of 0.5 steps would read as half a question
        styler.setYAxisMax((double) Math.max(4, most + (most + 9) / 10));
        styler.setYAxisDecimalPattern("#,##0");
        // with many days XChart names only as many as fit side by side, by this spacing
        styler.setXAxisTickMarkSpacingHint(LABEL_SPACING);
        styler.setSeriesColors(new Color[] {COVERED, DECLINED});
        chart.addSeries("covered", labels, covered);
        chart.addSeries("declined", labels, declined);
        return ChartPng.encode(chart);
    }
}
