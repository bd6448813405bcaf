package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.render.DiscordText;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA side of Stackbot: hands each slash command to the {@link SlashCommand} of that name, and answers
 * buttons, mentions and DMs itself. Every interaction is acknowledged on the gateway thread right away (reply
 * or defer, well inside Discord's 3 s); anything that touches the engine runs on the worker pool. Each handler
 * catches everything: a failure costs one reply, never the bot, and users see a short apology, never a stack
 * trace.
 */
public final class StackbotListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(StackbotListener.class);
    /** Feedback goes to its own logger so it can be routed to a file of its own. */
    private static final Logger FEEDBACK = LoggerFactory.getLogger("dev.stackbot.feedback");

    private final SlashCommands commands;
    private final AnswerComposer composer;
    private final Cooldown cooldown;
    private final InteractionReplies replies;
    private final Executor workers;

    /**
     * @param commands the commands to dispatch to by name: the same list {@link DiscordBot} registers
     * @param cooldown the same limit the commands count against, so mentions and commands share one budget
     */
    StackbotListener(SlashCommands commands, AnswerComposer composer, Cooldown cooldown, InteractionReplies replies,
                     Executor workers) {
        this.commands = commands;
        this.composer = composer;
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
