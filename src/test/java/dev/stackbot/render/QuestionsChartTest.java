package dev.stackbot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /stats chart: questions per day, covered and declined stacked")
final class QuestionsChartTest {

    private static List<QuestionsChart.Day> days(int n) {
        List<QuestionsChart.Day> days = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 11, 24);
        for (int i = 0; i < n; i++) {
            days.add(new QuestionsChart.Day(start.plusDays(i), 10 + (i * 7) % 13, (i * 5) % 6));
        }
        return days;
    }

    @Test
    @DisplayName("a week draws a valid PNG of the set size, well under 100 KB")
    void week() {
        byte[] png = new QuestionsChart().png("Questions per day, the last 7 days", days(7));
        Pngs.keep("stats-chart.png", png);
        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(QuestionsChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(QuestionsChart.HEIGHT);
        assertThat(png.length).isBetween(3_000, 100_000);
    }

    @Test
    @DisplayName("ninety days and no days at all both draw")
    void longAndEmpty() {
        byte[] quarter = new QuestionsChart().png("Questions per day, the last 90 days", days(90));
        Pngs.keep("stats-90-days.png", quarter);
        assertThat(Pngs.decode(quarter).getWidth()).isEqualTo(QuestionsChart.WIDTH);
        assertThat(Pngs.decode(new QuestionsChart().png("Nothing yet", List.of())).getHeight())
                .isEqualTo(QuestionsChart.HEIGHT);
    }

    @Test
    @DisplayName("a negative count is refused")
    void negative() {
        assertThatThrownBy(() -> new QuestionsChart.Day(LocalDate.EPOCH, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
