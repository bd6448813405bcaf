package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.render.DiscordText;
import dev.stackbot.store.FeedbackReason;
import dev.stackbot.store.StoreException;
import dev.stackbot.store.Surface;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA side of Stackbot: hands each slash command to the {@link SlashCommand} of that name, and answers
 * buttons, the feedback menu and modal, mentions and DMs itself. Every interaction is acknowledged well inside
 * Discord's 3 s: at once on the gateway thread, or by its answer from the worker pool when that is ready in time
 * (see {@link InteractionReplies#answerSoon}); anything that touches the engine runs on the worker pool. Each handler
 * catches everything: a failure costs one reply, never the bot, and users see a short apology, never a stack
 * trace.
 */
public final class StackbotListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(StackbotListener.class);
    /** Feedback goes to its own logger so it can be routed to a file of its own. */
    private static final Logger FEEDBACK = LoggerFactory.getLogger("dev.stackbot.feedback");

    private static final String EXPIRED_TITLE = "That answer has expired";
    private static final String EXPIRED_TEXT = "I no longer hold that answer; please ask again.";

    private final SlashCommands commands;
    private final AnswerComposer composer;
    private final FeedbackPrompt prompt;
    private final DiscordEmbedRenderer renderer;
    private final Cooldown cooldown;
    private final InteractionReplies replies;
    private final Executor workers;

    /**
     * @param commands the commands to dispatch to by name: the same list {@link DiscordBot} registers
     * @param cooldown the same limit the commands count against, so mentions and commands share one budget
     */
    StackbotListener(SlashCommands commands, AnswerComposer composer, DiscordEmbedRenderer renderer, Cooldown cooldown,
                     InteractionReplies replies, Executor workers) {
        this.commands = commands;
        this.composer = composer;
        this.renderer = renderer;
        this.prompt = new FeedbackPrompt(renderer);
        this.cooldown = cooldown;
        this.replies = replies;
        this.workers = workers;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            SlashCommand command = commands.named(event.getName()).orElse(null);
            if (command == null) {
                // a command registered by an earlier version, still cached by a client
                replies.notice(event, "Unknown command", "I do not know /" + event.getName() + "; try /help.");
                return;
            }
            command.handle(event);
        } catch (RuntimeException e) {
            LOG.error("/{} failed", event.getName(), e);
            replies.apologise(event);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        try {
            SlashCommand command = commands.named(event.getName()).orElse(null);
            if (command == null) {
                event.replyChoices(List.of()).queue();
                return;
            }
            command.autocomplete(event);
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
            switch (id.action()) {
                case ButtonId.MORE -> morePage(event, id);
                case ButtonId.UP, ButtonId.DOWN -> vote(event, id);
                case ButtonId.COMMENT -> event.replyModal(prompt.commentModal(id.answerKey())).queue();
                default -> replies.notice(event, "Unknown button", "This button is not one of mine any more.");
            }
        } catch (RuntimeException e) {
            LOG.error("button {} failed", event.getComponentId(), e);
            replies.apologise(event);
        }
    }

    /**
     * "More sources": at once when the answer is in memory; otherwise (after a restart, or long ago) read from the
     * store on a worker, since the database may be slow or away: answered directly when it is read in time, else
     * deferred and edited.
     */
    private void morePage(ButtonInteractionEvent event, ButtonId id) {
        Reply recent = composer.recentPage(id.answerKey(), id.page()).orElse(null);
        if (recent != null) {
            event.reply(recent.toCreate()).setEphemeral(true).queue();
            return;
        }
        if (!composer.store().persistent()) {
            replies.notice(event, EXPIRED_TITLE, EXPIRED_TEXT);
            return;
        }
        replies.answerSoon(event, true, () -> {
            try {
                return composer.page(id.answerKey(), id.page())
                        .orElseGet(() -> Reply.of(renderer.notice(EXPIRED_TITLE, EXPIRED_TEXT)));
            } catch (StoreException e) {
                LOG.warn("cannot read answer {} from the store: {}", id.answerKey(), e.getMessage());
                return Reply.of(renderer.notice("Not available right now",
                        "I cannot reach my stored answers at the moment; please try again shortly, or ask again."));
            }
        });
    }

    private void vote(ButtonInteractionEvent event, ButtonId id) {
        boolean up = ButtonId.UP.equals(id.action());
        composer.store().vote(id.answerKey(), event.getUser().getIdLong(), up);
        Answer answer = composer.recent(id.answerKey()).orElse(null);
        if (answer == null) {
            FEEDBACK.info("feedback={} answer={}", up ? "up" : "down", id.answerKey());
        } else {
            FEEDBACK.info("feedback={} answer={} knowledge={} question=\"{}\"", up ? "up" : "down", id.answerKey(),
                    answer.knowledgeVersion(), DiscordText.clip(DiscordText.clean(answer.question()), 500));
        }
        if (up) {
            replies.notice(event, "Thanks for the feedback", "Glad it helped.");
        } else {
            event.reply(prompt.afterDownVote(id.answerKey()).toCreate()).setEphemeral(true).queue();
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        try {
            ButtonId id = ButtonId.parse(event.getComponentId()).orElse(null);
            FeedbackReason reason = event.getValues().isEmpty() ? null
                    : FeedbackReason.ofCode(event.getValues().get(0)).orElse(null);
            if (id == null || !ButtonId.REASON.equals(id.action()) || reason == null) {
                replies.notice(event, "Unknown menu", "This menu is not one of mine any more.");
                return;
            }
            composer.store().reason(id.answerKey(), event.getUser().getIdLong(), reason);
            FEEDBACK.info("feedback=down answer={} reason={}", id.answerKey(), reason.code());
            replies.notice(event, "Reason noted", "“" + reason.label() + "”: thank you. You can still add a comment.");
        } catch (RuntimeException e) {
            LOG.error("menu {} failed", event.getComponentId(), e);
            replies.apologise(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        try {
            ButtonId id = ButtonId.parse(event.getModalId()).orElse(null);
            if (id == null || !ButtonId.MODAL.equals(id.action())) {
                replies.notice(event, "Unknown form", "This form is not one of mine any more.");
                return;
            }
            ModalMapping value = event.getValue(FeedbackPrompt.COMMENT_INPUT);
            String comment = value == null ? "" : value.getAsString().strip();
            if (!comment.isEmpty()) {
                composer.store().comment(id.answerKey(), event.getUser().getIdLong(), comment);
                FEEDBACK.info("feedback=down answer={} comment=\"{}\"", id.answerKey(),
                        DiscordText.clip(DiscordText.clean(comment), 200));
            }
            replies.notice(event, "Thanks", comment.isEmpty() ? "Nothing written; your 👎 is noted all the same."
                    : "Your comment is noted.");
        } catch (RuntimeException e) {
            LOG.error("modal {} failed", event.getModalId(), e);
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
            Asking asking = direct ? new Asking(userId, null, channelId, Surface.DM)
                    : new Asking(userId, event.getGuild().getIdLong(), channelId, Surface.MENTION);
            workers.execute(() -> {
                try {
                    message.reply(composer.answer(question, asking).toCreate()).queue();
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
            // never a silent drop: the asker hears it is busy, in the channel where they asked
            LOG.warn("worker queue full: told message {} to try again", event.getMessageId());
            try {
                event.getMessage().reply(Reply.of(replies.busy()).toCreate()).queue();
            } catch (RuntimeException again) {
                LOG.warn("could not say busy to message {}: {}", event.getMessageId(), again.toString());
            }
        } catch (InsufficientPermissionException e) {
            LOG.warn("cannot reply in channel {}: missing {}", event.getChannel().getId(), e.getPermission().getName());
        } catch (RuntimeException e) {
            LOG.error("handling message {} failed", event.getMessageId(), e);
        }
    }
}
