package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.cluster.ClusterReload;
import dev.stackbot.render.DiscordEmbedRenderer;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /reload (admins): re-reads the knowledge directory, one reload at a time, on this process or, in a cluster, on
 * every process, and reports what changed on each.
 */
final class ReloadCommand extends SlashCommandAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadCommand.class);

    private final BotEngine engine;
    private final AdminPolicy admins;
    private final DiscordEmbedRenderer renderer;
    private final InteractionReplies replies;
    private final Runnable afterReload;
    private final AtomicBoolean reloading = new AtomicBoolean();

    /**
     * @param afterReload run after a reload swapped the knowledge (re-registers the commands, whose
     *                    entity choices come from the knowledge)
     */
    ReloadCommand(BotEngine engine, AdminPolicy admins, DiscordEmbedRenderer renderer, InteractionReplies replies,
                  Runnable afterReload) {
        super("reload");
        this.engine = engine;
        this.admins = admins;
        this.renderer = renderer;
        this.replies = replies;
        this.afterReload = afterReload;
    }

    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        // Hidden from members without Manage Server; the handler checks again (AdminPolicy), because
        // server admins can re-grant the command and DMs do not apply default permissions.
        return slash("Re-read the knowledge directory (admins)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        long userId = event.getUser().getIdLong();
        if (!admins.mayMaintain(event)) {
            LOG.info("refused /reload from user {} (no Manage Server, not in STACKBOT_ADMIN_IDS)", userId);
            replies.notice(event, "Not allowed", "Only members with Manage Server, or admins named in STACKBOT_ADMIN_IDS, can reload the knowledge.");
            return;
        }
        if (!reloading.compareAndSet(false, true)) {
            replies.notice(event, "Reload already running", "Another reload is in progress; try again in a moment.");
            return;
        }
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        boolean queued = replies.runDeferred(hook, () -> {
            try {
                ClusterReload result = engine.reload();
                ReloadResult here = result.here();
                LOG.info("reload by {}: swapped={} errors={} took={}ms{}", userId, here.swapped(), here.errors().size(),
                        here.took().toMillis(), result.clustered()
                                ? " processes current=" + result.current() + "/" + result.processes().size() : "");
                hook.editOriginal(Reply.of(ReloadReplyEmbed.of(result, renderer)).toEdit()).queue();
                if (here.swapped()) {
                    // here: the global commands, or the guild commands of this process's shards; the other
                    // processes register theirs when the reload reaches them (KnowledgeCoordinator)
                    afterReload.run();
                }
            } finally {
                reloading.set(false);
            }
        });
        if (!queued) {
            // the work will never run, so it cannot clear the flag itself
            reloading.set(false);
        }
    }
}
