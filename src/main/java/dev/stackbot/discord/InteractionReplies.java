package dev.stackbot.discord;

import dev.stackbot.render.DiscordEmbedRenderer;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Stackbot acknowledges and answers interactions, shared by every command and button: private notices,
 * cooldown refusals, engine work on the worker pool that edits the deferred reply, and the apology.
 */
final class InteractionReplies {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionReplies.class);

    private final DiscordEmbedRenderer renderer;
    private final Cooldown cooldown;
    private final Executor workers;

    InteractionReplies(DiscordEmbedRenderer renderer, Cooldown cooldown, Executor workers) {
        this.renderer = renderer;
        this.cooldown = cooldown;
        this.workers = workers;
    }

    /**
     * A question-like command: counted against the user's cooldown, deferred at once (Discord wants an
     * acknowledgement within 3 s), then edited into what {@code answer} builds on the worker pool.
     */
    void answerLater(SlashCommandInteractionEvent event, boolean ephemeral, Supplier<Reply> answer) {
        if (refusedByCooldown(event)) {
            return;
        }
        event.deferReply(ephemeral).queue();
        InteractionHook hook = event.getHook();
        runDeferred(hook, () -> hook.editOriginal(answer.get().toEdit()).queue());
    }

    /**
     * Runs engine work off the gateway thread; the interaction is already deferred, so a failure edits the
     * reply into the apology and a full queue into "busy".
     *
     * @return whether the work was queued (false: it will never run, and the user has been told)
     */
    boolean runDeferred(InteractionHook hook, Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("interaction {} failed", hook.getInteraction().getId(), e);
                    hook.editOriginal(Reply.of(apology()).toEdit()).queue();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("worker queue full: refused interaction {}", hook.getInteraction().getId());
            hook.editOriginal(Reply.of(busy()).toEdit()).queue();
            return false;
        }
    }

    /** Replies at once, visible to everyone in the channel. */
    void show(IReplyCallback event, MessageEmbed embed) {
        event.reply(Reply.of(embed).toCreate()).queue();
    }

    /** Replies at once, visible only to the user who acted. */
    void notice(IReplyCallback event, String title, String text) {
        event.reply(Reply.of(renderer.notice(title, text)).toCreate()).setEphemeral(true).queue();
    }

    /** A notice as an embed, for work that edits a deferred reply. */
    MessageEmbed notice(String title, String text) {
        return renderer.notice(title, text);
    }

    /** The last resort of every handler: says sorry, privately, whether or not the interaction was acknowledged. */
    void apologise(IReplyCallback event) {
        try {
            if (event.isAcknowledged()) {
                event.getHook().editOriginal(Reply.of(apology()).toEdit()).queue();
            } else {
                event.reply(Reply.of(apology()).toCreate()).setEphemeral(true).queue();
            }
        } catch (RuntimeException e) {
            LOG.error("could not even apologise for interaction {}", event.getId(), e);
        }
    }

    private boolean refusedByCooldown(IReplyCallback event) {
        Cooldown.Decision decision = cooldown.tryAcquire(event.getUser().getIdLong());
        if (decision.allowed()) {
            return false;
        }
        event.reply(Reply.of(slowDown(decision)).toCreate()).setEphemeral(true).queue();
        return true;
    }

    /** The cooldown notice; mentions use it too, in the channel. */
    MessageEmbed slowDown(Cooldown.Decision decision) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        return renderer.notice("Slow down a little", "You are asking faster than I answer; try again in "
                + seconds + " s.");
    }

    /** What users see instead of a stack trace. */
    MessageEmbed apology() {
        return renderer.notice("Something went wrong", "Something went wrong on my side while answering; it has been logged. Please try again.");
    }

    private MessageEmbed busy() {
        return renderer.notice("Busy", "I am answering many questions right now; please try again in a moment.");
    }
}
