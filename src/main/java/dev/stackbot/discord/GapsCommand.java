package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreException;
import java.time.Duration;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /gaps (admins, as /reload): the most frequent declined questions and most 👎'd answers of a period, grouped,
 * with the reasons and comments and the covered share this week against last; the store's report, privately.
 */
final class GapsCommand extends SlashCommandAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(GapsCommand.class);

    private final Store store;
    private final AdminPolicy admins;
    private final InteractionReplies replies;

    /**
     * @param store the bot's store, or null when it keeps none (the command then says so)
     */
    GapsCommand(Store store, AdminPolicy admins, InteractionReplies replies) {
        super("gaps");
        this.store = store;
        this.admins = admins;
        this.replies = replies;
    }

    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        // hidden as /reload is, and checked again in the handler for the same reasons (see ReloadCommand)
        return slash("Declined questions and disliked answers, to improve the knowledge (admins)")
                .addOptions(StatsCommand.daysOption("How many days back (default " + StatsCommand.DEFAULT_DAYS + ")"))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        long userId = event.getUser().getIdLong();
        // the same permission as /reload: both are the maintainer's
        if (!admins.mayMaintain(event)) {
            LOG.info("refused /gaps from user {} (no Manage Server, not in STACKBOT_ADMIN_IDS)", userId);
            replies.notice(event, "Not allowed", "Only members with Manage Server, or admins named in STACKBOT_ADMIN_IDS, can see the knowledge gaps.");
            return;
        }
        if (store == null) {
            replies.notice(event, "No store", "This bot keeps no store, so it has no declined questions to show.");
            return;
        }
        int days = StatsCommand.days(event);
        // private: the questions are what people typed, for the maintainer's eyes
        replies.answerAside(event, true, () -> gaps(days));
    }

    private Reply gaps(int days) {
        try {
            return Reply.of(StoreReportEmbeds.gaps(store.report(Duration.ofDays(days)), days));
        } catch (StoreException e) {
            LOG.warn("/gaps: {}", e.getMessage());
            return Reply.of(replies.notice("Store unavailable", "The store cannot be read right now; try again later."));
        }
    }
}
