package dev.stackbot.discord;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;

/**
 * Every thread the reply path runs on, each pool bounded, with what happens when it is full: the answer workers
 * (a full queue is refused, and the user is told "busy" at once), the deadline timer of direct replies, and JDA's
 * REST pools (whose default elastic pool grows a thread per interaction in flight: 123 threads after 2,000 asks).
 * docs/PERFORMANCE.md ("Discord: the reply path") has the measurements behind each size.
 */
public final class ReplyPools implements AutoCloseable {

    /**
     * Answer workers: the engine's work is CPU-bound (retrieval, and with the model on the question's embedding:
     * 2.3 ms of CPU for a new question), so more threads than cores only add switching.
     */
    static final int ANSWER_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /**
     * Questions waiting for a worker. Measured with the model on and every question new, a bot spends about 10 ms
     * of CPU per ask, under half of it on a worker: 1,024 waiting questions are 2 to 3 s of work on 2 cores, which a
     * deferred question can wait (its edit may come up to 15 minutes later); beyond that a user is better told
     * "busy" at once than kept waiting. The benchmark's hard burst (300 within 0.1 s) fits without a refusal.
     */
    static final int ANSWER_QUEUE = 1_024;

    /**
     * JDA's blocking HTTP calls (one per reply, deferral or edit; each interaction is a rate-limit bucket of its
     * own, so JDA's default cached pool starts a thread for each one in flight: 123 after 2,000 asks). On loopback
     * the CPU, not this pool, limits the hard burst; Discord is a network round trip away (tens of ms, not
     * measurable here), where 16 calls in flight still send 300 first responses in well under Discord's 3 s. The
     * queue in front is unbounded on purpose: JDA gives up a bucket whose worker is refused, and what feeds it is
     * bounded already (the answer queue, and at most 2 calls an interaction).
     */
    static final int REST_THREADS = 16;

    /** JDA's own default for the rate-limit timer: it only schedules retries and bucket resets. */
    static final int REST_SCHEDULER_THREADS = 2;

    private final ThreadPoolExecutor answers;
    /**
     * Slow maintenance work, one at a time: a /reload, which with several processes waits up to 20 s for the
     * others' reports. On an answer worker it would hold one of the (core-count) workers that long.
     */
    private final ThreadPoolExecutor maintenance;
    private final ScheduledThreadPoolExecutor deadlines;
    private final ThreadPoolExecutor restElastic;
    private final ScheduledThreadPoolExecutor restScheduler;

    ReplyPools(int answerThreads, int answerQueue, int restThreads) {
        // AbortPolicy (the default): a full queue throws, and the caller answers "busy" instead of dropping
        answers = new ThreadPoolExecutor(answerThreads, answerThreads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(answerQueue), daemonThreads("stackbot-worker"));
        // a reload is already refused while another runs (ReloadCommand), so a short queue is enough
        maintenance = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4),
                daemonThreads("stackbot-maintenance"));
        maintenance.allowCoreThreadTimeOut(true);
        deadlines = new ScheduledThreadPoolExecutor(1, daemonThreads("stackbot-deadline"));
        // most answers beat their deadline: a cancelled timer must not sit in the queue until it would have fired
        deadlines.setRemoveOnCancelPolicy(true);
        restElastic = new ThreadPoolExecutor(restThreads, restThreads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("stackbot-rest"));
        // idle between bursts: no reason to keep 16 threads
        restElastic.allowCoreThreadTimeOut(true);
        restScheduler = new ScheduledThreadPoolExecutor(REST_SCHEDULER_THREADS, daemonThreads("stackbot-rest-timer"));
        restScheduler.setRemoveOnCancelPolicy(true);
    }

    /** The sizes above. */
    public static ReplyPools standard() {
        return new ReplyPools(ANSWER_THREADS, ANSWER_QUEUE, REST_THREADS);
    }

    /** Where engine work runs; throws RejectedExecutionException when its queue is full. */
    ThreadPoolExecutor answers() {
        return answers;
    }

    /** Where slow, already-deferred work runs (a /reload), apart from the answers. */
    ThreadPoolExecutor maintenance() {
        return maintenance;
    }

    /** The timer that defers an interaction whose answer is not ready by its deadline. */
    ScheduledExecutorService deadlines() {
        return deadlines;
    }

    /**
     * Whether work submitted to {@code pool} now would wait behind other work already waiting for a thread. Then the interaction
     * is acknowledged at once and answered after, rather than left waiting for its answer to arrive. Every worker
     * merely being busy does not count: a worker frees up within one answer (a few ms), and deferring costs two
     * more REST calls (the deferral, and the edit whose response JDA parses), which under a burst made the
     * workers busier still (docs/PERFORMANCE.md).
     */
    static boolean busy(ThreadPoolExecutor pool) {
        return !pool.getQueue().isEmpty();
    }

    /** JDA's REST pools, shared by every shard. JDA does not shut them down: {@link #close()} does. */
    public DefaultShardManagerBuilder configure(DefaultShardManagerBuilder builder) {
        return builder.setRateLimitElastic(restElastic, false).setRateLimitScheduler(restScheduler, false);
    }

    /** REST threads the pool may use (for tests and the benchmark's report). */
    ExecutorService restElastic() {
        return restElastic;
    }

    /** After JDA has shut down: no new deferrals; queued and running answers finish (their replies go nowhere). */
    @Override
    public void close() {
        deadlines.shutdownNow();
        answers.shutdown();
        maintenance.shutdown();
        restElastic.shutdown();
        restScheduler.shutdown();
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, …: the bot's pools never hold the JVM open. */
    static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
