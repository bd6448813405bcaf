package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.render.QuestionsChart;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreException;
import dev.stackbot.store.StoreReport;
import java.time.Duration;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** /stats: questions per day (a chart of covered and declined), covered share, top aspects, feedback ratio, from the store. */
final class StatsCommand extends SlashCommandAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(StatsCommand.class);

    static final String CHART_FILE = "stats.png";
    static final int DEFAULT_DAYS = 7;
    /** The store's default retention: older days are purged, a longer period would only show empty bars. */
    static final int MAX_DAYS = 90;

    private final BotEngine engine;
    private final Store store;
    private final InteractionReplies replies;
    private final QuestionsChart chart;

    /**
     * @param store the bot's store, or null when it keeps none (the command then says so)
     */
    StatsCommand(BotEngine engine, Store store, InteractionReplies replies, QuestionsChart chart) {
        super("stats");
        this.engine = engine;
        this.store = store;
        this.replies = replies;
        this.chart = chart;
    }

    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        return slash("Questions per day, covered share, top aspects and feedback, with a chart")
                .addOptions(daysOption("How many days back (default " + DEFAULT_DAYS + ")"));
    }

    static OptionData daysOption(String description) {
        return new OptionData(OptionType.INTEGER, "days", description, false).setRequiredRange(1, MAX_DAYS);
    }

    /** The days option, kept inside 1..90 even if a client sends something else. */
    static int days(SlashCommandInteractionEvent event) {
        long days = event.getOption("days", (long) DEFAULT_DAYS, OptionMapping::getAsLong);
        return (int) Math.max(1, Math.min(MAX_DAYS, days));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        if (store == null) {
            replies.notice(event, "No store", "This bot keeps no store, so it has no statistics to show.");
            return;
        }
        int days = days(event);
        replies.answerLater(event, false, () -> stats(days));
    }

    private Reply stats(int days) {
        StoreReport report;
        try {
            report = store.report(Duration.ofDays(days));
        } catch (StoreException e) {
            LOG.warn("/stats: {}", e.getMessage());
            return Reply.of(replies.notice("Store unavailable", "The store cannot be read right now; try again later."));
        }
        KnowledgeOverview overview = engine.overview();
        try {
            Reply.Attachment image = new Reply.Attachment(CHART_FILE, chart.png("Questions per day, the last "
                    + days + (days == 1 ? " day" : " days"), report.days().stream()
                    .map(d -> new QuestionsChart.Day(d.day(), d.covered(), d.declined())).toList()));
            return Reply.of(StoreReportEmbeds.stats(report, days, overview, image.url()), image);
        } catch (IllegalStateException e) {
            LOG.warn("the /stats chart could not be drawn; sending the numbers without it: {}", e.getMessage());
            return Reply.of(StoreReportEmbeds.stats(report, days, overview, null));
        }
    }
}
