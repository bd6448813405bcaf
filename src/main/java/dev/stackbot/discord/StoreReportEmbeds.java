package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.render.DiscordText;
import dev.stackbot.store.StoreReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The store's report as Discord embeds: /stats (the numbers) and /gaps (what the knowledge misses). Every
 * piece is clipped to Discord's limits (field value 1024, at most 6000 in all); asked questions are user
 * text, so they are cleaned, their mentions defused and their Markdown escaped.
 */
final class StoreReportEmbeds {

    static final int COLOR = 0x3498DB;
    /** Lines a list field shows: the report has 20 groups, a field has room for about ten questions. */
    static final int LINES = 10;
    static final int LINE = 90;
    static final int FIELD = 1024;

    private StoreReportEmbeds() {
    }

    /** /stats: questions per day (the chart), covered share, top aspects, feedback ratio. */
    static MessageEmbed stats(StoreReport report, int days, KnowledgeOverview overview, String imageUrl) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle("Stackbot, the last " + days(days));
        long up = report.votes().getOrDefault("up", 0L);
        long down = report.votes().getOrDefault("down", 0L);
        embed.setDescription(report.questions() + " question" + (report.questions() == 1 ? "" : "s") + ", "
                + report.covered() + " covered (" + percent(report.questions(), report.covered()) + ").");
        long busiest = report.days().stream().mapToLong(StoreReport.Day::questions).max().orElse(0);
        embed.addField("Questions per day", String.format(Locale.ROOT, "%.1f a day on average, %d on the busiest day",
                report.days().isEmpty() ? 0.0 : (double) report.questions() / report.days().size(), busiest), false);
        embed.addField("Covered", "this week " + share(report.thisWeek()) + "; last week " + share(report.lastWeek()),
                false);
        Map<String, String> labels = new java.util.HashMap<>();
        overview.aspects().forEach(a -> labels.put(a.id(), a.name()));
        embed.addField("Top aspects", lines(report.aspects().entrySet().stream().toList(),
                e -> e.getValue() + " × " + DiscordText.clean(labels.getOrDefault(e.getKey(), e.getKey()))), false);
        embed.addField("Feedback", up + " 👍, " + down + " 👎"
                + (up + down == 0 ? "" : " (" + percent(up + down, up) + " positive)"), false);
        if (imageUrl != null) {
            embed.setImage(imageUrl);
        }
        return embed.build();
    }

    /** /gaps: the declined questions and 👎'd answers, grouped, with the reasons, comments and the weeks' coverage. */
    static MessageEmbed gaps(StoreReport report, int days) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle("Knowledge gaps, the last " + days(days));
        embed.setDescription(report.questions() + " question" + (report.questions() == 1 ? "" : "s") + ", "
                + report.covered() + " covered (" + percent(report.questions(), report.covered()) + ").\n"
                + "Covered this week: " + share(report.thisWeek()) + "; last week: " + share(report.lastWeek()) + ".");
        embed.addField("Most frequent declined questions", groups(report.declined()), false);
        embed.addField("Most 👎'd answers (by question)", groups(report.downvoted()), false);
        embed.addField("Reasons given with 👎", lines(report.reasons().entrySet().stream().toList(),
                e -> e.getValue() + " × " + e.getKey()), false);
        embed.addField("Latest comments", lines(report.comments(), c -> "“" + user(c.comment()) + "”"
                + (c.reason() == null ? "" : " (" + c.reason() + ")") + " on: " + user(c.question())), false);
        embed.setFooter("Near-identical questions are counted together; each line shows one as it was asked.");
        return embed.build();
    }

    private static String groups(List<StoreReport.QuestionGroup> groups) {
        return lines(groups, g -> g.count() + " × " + user(g.example()));
    }

    private static <T> String lines(List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (T item : items.subList(0, Math.min(LINES, items.size()))) {
            String next = DiscordText.clip(line.apply(item).replace('\n', ' '), LINE);
            if (b.length() + next.length() + 40 > FIELD) {
                break; // room for the "and n more" line
            }
            b.append(next).append('\n');
            shown++;
        }
        if (items.size() > shown) {
            b.append("… and ").append(items.size() - shown).append(" more (stackbot report lists them)");
        }
        return b.toString().strip();
    }

    private static String user(String text) {
        return DiscordText.escapeMarkdown(DiscordText.userText(text == null ? "" : text, LINE));
    }

    private static String share(StoreReport.CoveredShare share) {
        return share.questions() == 0 ? "n/a (no question)"
                : percent(share.questions(), share.covered()) + " of " + share.questions();
    }

    private static String percent(long of, long part) {
        return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / of);
    }

    private static String days(int days) {
        return days == 1 ? "day" : days + " days";
    }
}
