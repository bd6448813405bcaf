package dev.stackbot.discord;

import dev.stackbot.render.DiscordEmbedRenderer;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Stackbot acknowledges and answers interactions, shared by every command and button: private notices,
 * cooldown refusals, engine work on the worker pool answered directly when it is ready in time (else deferred and
 * edited), "busy" when the workers' queue is full, and the apology.
 */
final class InteractionReplies {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionReplies.class);

    /**
     * How long after the interaction was created its answer may still be the first response. Discord drops an
     * interaction not acknowledged within 3 s of its creation; the deferral sent at this deadline still needs a REST
     * round trip (and, on a loaded process, a free REST thread), and the host's clock may be behind Discord's: 1.5 s
     * leaves the other half of the window for those. An answer is almost always ready in a few ms.
     */
    static final Duration DIRECT_REPLY_DEADLINE = Duration.ofMillis(1_500);

    private final DiscordEmbedRenderer renderer;
    private final Cooldown cooldown;
    private final ReplyPools pools;

    InteractionReplies(DiscordEmbedRenderer renderer, Cooldown cooldown, ReplyPools pools) {
        this.renderer = renderer;
        this.cooldown = cooldown;
        this.pools = pools;
    }

    /**
     * A question-like command: counted against the user's cooldown (a refusal is the reply), then answered as
     * {@link #answerSoon} does.
     */
    void answerLater(SlashCommandInteractionEvent event, boolean ephemeral, Supplier<Reply> answer) {
        if (refusedByCooldown(event)) {
            return;
        }
        answerSoon(event, ephemeral, answer);
    }

    /**
     * Runs {@code answer} on the worker pool and sends it as the interaction's first response when it is ready by
     * {@link #DIRECT_REPLY_DEADLINE}, in one REST call. Otherwise the interaction is deferred at the deadline and its
     * response edited into the answer when it comes. When the workers are busy (the question would wait in their
     * queue) it is deferred at once, so it is acknowledged while it waits; when their queue is full the user is told
     * "busy", privately, at once. A failure becomes the apology (private when it is the first response).
     */
    void answerSoon(IReplyCallback event, boolean ephemeral, Supplier<Reply> answer) {
        answerSoon(event, ephemeral, answer, pools.answers());
    }

    /**
     * As {@link #answerSoon}, on the maintenance thread: work that may wait on the database for long (a report
     * over the store's rows) is kept off the answer workers, whose number is the core count.
     */
    void answerAside(IReplyCallback event, boolean ephemeral, Supplier<Reply> answer) {
        answerSoon(event, ephemeral, answer, pools.maintenance());
    }

    private void answerSoon(IReplyCallback event, boolean ephemeral, Supplier<Reply> answer, ThreadPoolExecutor on) {
        FirstResponse response = new FirstResponse(responder(event, ephemeral));
        // the deferral timer, cancelled by whichever of the two (the answer, or the scheduling below) comes second:
        // most answers beat it, and a cancelled one leaves the timer's queue at once instead of 1.5 s later
        AtomicReference<ScheduledFuture<?>> timer = new AtomicReference<>();
        boolean busy = ReplyPools.busy(on);
        try {
            on.execute(() -> {
                Reply reply;
                boolean failed = false;
                try {
                    reply = answer.get();
                } catch (RuntimeException | Error e) {
                    // an Error too (a stack overflow deep in a hostile question): else "thinking…" for 15 minutes
                    LOG.error("interaction {} failed", event.getId(), e);
                    reply = Reply.of(apology());
                    failed = true;
                }
                try {
                    response.answer(reply, failed);
                } catch (RuntimeException e) {
                    LOG.error("could not send the answer to interaction {}", event.getId(), e);
                }
                ScheduledFuture<?> deadline = timer.get();
                if (deadline != null) {
                    deadline.cancel(false);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("worker queue full: told interaction {} to try again", event.getId());
            event.reply(Reply.of(busy()).toCreate()).setEphemeral(true).queue();
            return;
        }
        if (busy) {
            response.defer();
            return;
        }
        long left = event.getTimeCreated().toInstant().plus(DIRECT_REPLY_DEADLINE).toEpochMilli()
                - System.currentTimeMillis();
        // never more than the whole budget from now: a clock behind Discord's must not push the deferral past 3 s
        long delay = Math.min(left, DIRECT_REPLY_DEADLINE.toMillis());
        if (delay <= 0) {
            response.defer();
            return;
        }
        try {
            ScheduledFuture<?> deadline = pools.deadlines().schedule(response::defer, delay, TimeUnit.MILLISECONDS);
            timer.set(deadline);
            if (response.state() != FirstResponse.State.WAITING) {
                deadline.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            // the bot is shutting down: acknowledge now rather than never
            response.defer();
        }
    }

    private static FirstResponse.Responder responder(IReplyCallback event, boolean ephemeral) {
        return new FirstResponse.Responder() {
            @Override
            public void reply(Reply reply, boolean privately) {
                event.reply(reply.toCreate()).setEphemeral(ephemeral || privately).queue();
            }

            @Override
            public void defer() {
                event.deferReply(ephemeral).queue();
            }

            @Override
            public void edit(Reply reply) {
                event.getHook().editOriginal(reply.toEdit()).queue();
            }
        };
    }

    /**
     * Runs slow work off the gateway thread for an interaction already deferred (a /reload), on the maintenance
     * thread rather than an answer worker: a failure edits the reply into the apology and a full queue into "busy".
     *
     * @return whether the work was queued (false: it will never run, and the user has been told)
     */
    boolean runDeferred(InteractionHook hook, Runnable work) {
        try {
            pools.maintenance().execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("interaction {} failed", hook.getInteraction().getId(), e);
                    hook.editOriginal(Reply.of(apology()).toEdit()).queue();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("maintenance queue full: refused interaction {}", hook.getInteraction().getId());
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

    /** What a user is told, at once, when the workers' queue is full; mentions use it too. */
    MessageEmbed busy() {
        return renderer.notice("Busy", "I am answering many questions right now; please try again in a moment.");
    }
}
