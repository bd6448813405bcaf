package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.answer.UnknownNameException;
import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.render.DiscordText;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA side of Stackbot: turns gateway events into engine calls and replies. Every interaction is
 * acknowledged on the gateway thread right away (reply or defer, well inside Discord's 3 s); anything that
 * touches the engine runs on the worker pool. Each handler catches everything: a failure costs one reply,
 * never the bot, and users see a short apology, never a stack trace.
 */
public final class StackbotListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(StackbotListener.class);
    /** Feedback goes to its own logger so it can be routed to a file of its own. */
    private static final Logger FEEDBACK = LoggerFactory.getLogger("dev.stackbot.feedback");

    private final BotEngine engine;
    private final AnswerComposer composer;
    private final Cooldown cooldown;
    private final InteractionReplies replies;
    private final AdminPolicy admins;
    private final DiscordEmbedRenderer renderer;
    private final Executor workers;
    private final Runnable afterReload;
    private final AtomicBoolean reloading = new AtomicBoolean();

    /**
     * @param afterReload run after a reload swapped the knowledge (re-registers the commands, whose
     *                    entity choices come from the knowledge)
     * @param cooldown    the same limit {@code replies} counts commands against, so mentions and commands share
     *                    one budget
     */
    StackbotListener(BotEngine engine, AnswerComposer composer, Cooldown cooldown, InteractionReplies replies,
                     AdminPolicy admins, DiscordEmbedRenderer renderer, Executor workers, Runnable afterReload) {
        this.engine = engine;
        this.composer = composer;
        this.cooldown = cooldown;
        this.replies = replies;
        this.admins = admins;
        this.renderer = renderer;
        this.workers = workers;
        this.afterReload = afterReload;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            switch (event.getName()) {
                case CommandCatalog.ASK -> ask(event);
                case CommandCatalog.COMPARE -> compare(event);
                case CommandCatalog.SOURCES -> replies.show(event, renderer.sources(engine.overview()));
                case CommandCatalog.HELP -> replies.show(event, renderer.help(engine.overview()));
                case CommandCatalog.RELOAD -> reload(event);
                default -> replies.notice(event, "Unknown command", "I do not know /" + event.getName() + "; try /help.");
            }
        } catch (RuntimeException e) {
            LOG.error("/{} failed", event.getName(), e);
            replies.apologise(event);
        }
    }

    private void ask(SlashCommandInteractionEvent event) {
        String question = event.getOption("question", "", OptionMapping::getAsString);
        boolean hidden = event.getOption("private", false, OptionMapping::getAsBoolean);
        long userId = event.getUser().getIdLong();
        long channelId = event.getChannelIdLong();
        replies.answerLater(event, hidden, () -> composer.answer(question, userId, channelId));
    }

    private void compare(SlashCommandInteractionEvent event) {
        String first = event.getOption("first", "", OptionMapping::getAsString);
        String second = event.getOption("second", "", OptionMapping::getAsString);
        String aspect = event.getOption("aspect", null, OptionMapping::getAsString);
        replies.answerLater(event, false, () -> compare(first, second, aspect == null || aspect.isBlank() ? null : aspect));
    }

    private Reply compare(String first, String second, String aspectOrNull) {
        try {
            return Reply.of(renderer.comparison(engine.compare(first, second, aspectOrNull)));
        } catch (UnknownNameException e) {
            // the engine's message names what it lacks and is meant for users: an answer, not an error
            return Reply.of(renderer.notice("I cannot compare that", e.getMessage() + " Try /help."));
        }
    }

    private void reload(SlashCommandInteractionEvent event) {
        long userId = event.getUser().getIdLong();
        Member member = event.getMember();
        boolean manager = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        if (!admins.mayReload(userId, manager)) {
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
                ReloadResult result = engine.reload();
                LOG.info("reload by {}: swapped={} errors={} took={}ms", userId, result.swapped(),
                        result.errors().size(), result.took().toMillis());
                hook.editOriginal(Reply.of(renderer.reload(result)).toEdit()).queue();
                if (result.swapped()) {
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

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        try {
            KnowledgeOverview overview = engine.overview();
            String option = event.getFocusedOption().getName();
            List<KnowledgeOverview.Named> items = "aspect".equals(option) ? overview.aspects() : overview.entities();
            event.replyChoices(CommandCatalog.suggest(items, event.getFocusedOption().getValue())).queue();
        } catch (RuntimeException e) {
            LOG.error("autocomplete for /{} failed", event.getName(), e);
            event.replyChoices(List.of()).queue();
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        try {
            ButtonId id = ButtonId.parse(event.getComponentId()).orElse(null);
            if (id == null) {
                replies.notice(event, "Unknown button", "This button is not one of mine any more.");
                return;
            }
            if (ButtonId.MORE.equals(id.action())) {
                Reply page = composer.page(id.answerKey(), id.page()).orElse(null);
                if (page == null) {
                    replies.notice(event, "That answer has expired", "I no longer hold that answer; please ask again.");
                    return;
                }
                event.reply(page.toCreate()).setEphemeral(true).queue();
                return;
            }
            boolean up = ButtonId.UP.equals(id.action());
            Answer answer = composer.stored(id.answerKey()).orElse(null);
            if (answer == null) {
                FEEDBACK.info("feedback={} answer={} (answer no longer stored)", up ? "up" : "down", id.answerKey());
            } else {
                FEEDBACK.info("feedback={} knowledge={} question=\"{}\"", up ? "up" : "down",
                        answer.knowledgeVersion(), DiscordText.clip(DiscordText.clean(answer.question()), 500));
            }
            replies.notice(event, "Thanks for the feedback", up ? "Glad it helped." : "Noted; it helps improve the knowledge.");
        } catch (RuntimeException e) {
            LOG.error("button {} failed", event.getComponentId(), e);
            replies.apologise(event);
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            Message message = event.getMessage();
            if (event.getAuthor().isBot() || event.isWebhookMessage() || event.getAuthor().isSystem()) {
                return;
            }
            boolean direct = !event.isFromGuild();
            // Only a direct @mention of the bot counts: @everyone, @here and role pings do not summon it.
            if (!direct && !message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER)) {
                return;
            }
            long userId = event.getAuthor().getIdLong();
            Cooldown.Decision decision = cooldown.tryAcquire(userId);
            if (!decision.allowed()) {
                if (decision.firstRefusal()) {
                    message.reply(Reply.of(replies.slowDown(decision)).toCreate()).queue();
                }
                return;
            }
            String question = MentionText.question(message.getContentRaw(), event.getJDA().getSelfUser().getIdLong());
            long channelId = event.getChannel().getIdLong();
            workers.execute(() -> {
                try {
                    message.reply(composer.answer(question, userId, channelId).toCreate()).queue();
                } catch (InsufficientPermissionException e) {
                    // a channel where the bot may read but not answer: nothing to say there, and no one to say it to
                    LOG.warn("cannot reply in channel {}: missing {}", channelId, e.getPermission().getName());
                } catch (RuntimeException e) {
                    LOG.error("answering message {} failed", message.getId(), e);
                    try {
                        message.reply(Reply.of(replies.apology()).toCreate()).queue();
                    } catch (RuntimeException again) {
                        LOG.error("could not apologise for message {}: {}", message.getId(), again.toString());
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("worker queue full: dropped message {}", event.getMessageId());
        } catch (InsufficientPermissionException e) {
            LOG.warn("cannot reply in channel {}: missing {}", event.getChannel().getId(), e.getPermission().getName());
        } catch (RuntimeException e) {
            LOG.error("handling message {} failed", event.getMessageId(), e);
        }
    }
}
