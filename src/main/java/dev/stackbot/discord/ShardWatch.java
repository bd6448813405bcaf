package dev.stackbot.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.http.HttpRequestEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the gateway sessions of this process's shards: which are READY, which have shut down and why, and
 * whether all are connected; hands shutdowns and REST answers to the {@link TokenWatch}. One instance listens
 * on every shard.
 */
final class ShardWatch extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ShardWatch.class);

    private final TokenWatch token;
    private final Runnable allShutDown;
    private final Set<Integer> ready = new HashSet<>();
    private final Map<Integer, CloseCode> shutDown = new HashMap<>();
    private final List<Runnable> whenAllConnected = new ArrayList<>();
    /** The shards this process runs, known once the shard manager knows the total; null before. */
    private List<Integer> expected;
    /**
     * Each shard's session as its own events name it: the shard manager lists a shard only once its login call
     * has returned, which can be after its READY.
     */
    private final Map<Integer, JDA> sessions = new HashMap<>();
    private boolean allConnected;
    private boolean endReported;
    /** Set by close() before it shuts the shards down: their shutdowns are then asked for, not lost. */
    private volatile boolean closing;
    /** The first shard Discord ended for good while nobody asked (a fatal close code), or null. */
    private String lost;

    /**
     * @param allShutDown run once every shard of this process has shut down (a fatal close on each, or close()),
     *                    and as soon as one shard is shut down by Discord while the bot runs: a process missing a
     *                    shard for good leaves that shard's servers unanswered, so it ends and its supervisor
     *                    restarts it rather than running on half-alive
     */
    ShardWatch(TokenWatch token, Runnable allShutDown) {
        this.token = token;
        this.allShutDown = allShutDown;
    }

    /** From now on shutdowns are the bot's own (close()), not a lost shard. */
    void closing() {
        closing = true;
    }

    /** "shard 1/4 (close code 4011: ...)" when Discord ended a shard for good while the bot ran; else null. */
    synchronized String lost() {
        return lost;
    }

    /** The shards to follow, once the total is known. */
    void expect(List<Integer> ids) {
        synchronized (this) {
            expected = List.copyOf(ids);
            notifyAll();
        }
        reportIfAllShutDown();
        // the shards may all have connected before the total was known
        connectionChanged();
    }

    /**
     * Waits until every expected shard is READY and CONNECTED.
     *
     * @throws TokenRejectedException when Discord rejected the token meanwhile, on the gateway or on REST
     * @throws IllegalStateException  when a shard's session ended for another reason before READY
     */
    synchronized void awaitReady() throws InterruptedException {
        while (true) {
            if (token.rejected()) {
                // from the token watch, not from shutDown: it knows before this shard's shutdown is recorded
                throw new TokenRejectedException(token.rejectedByGateway());
            }
            for (int id : expected) {
                // before its READY, or after it while another shard was still starting: either way this start
                // cannot end with every shard connected
                if (shutDown.containsKey(id)) {
                    CloseCode code = shutDown.get(id);
                    throw new IllegalStateException("the gateway ended shard " + id + " before every shard was ready"
                            + (code == null ? "" : " (close code " + code.getCode() + ": " + code.getMeaning() + ")"));
                }
            }
            // JDA fires READY a moment before it marks the session CONNECTED: wait for both, as JDA's awaitReady
            // does, and for the CONNECTED events themselves, so that a hook added next runs once, not twice
            if (ready.containsAll(expected) && allConnected) {
                return;
            }
            wait();
        }
    }

    /** Every session that has had an event, one per shard (the latest). */
    synchronized List<JDA> sessions() {
        return List.copyOf(sessions.values());
    }

    /** A shard's session as its latest event named it; null before it had any. */
    synchronized JDA session(int id) {
        return sessions.get(id);
    }

    /**
     * Runs {@code hook} whenever every shard of this process has become CONNECTED: now if they are, and again
     * each time they all are after one was not (a dropped session that came back).
     */
    void whenAllConnected(Runnable hook) {
        boolean now;
        synchronized (this) {
            // under the lock that flips allConnected: either this runs it or the next transition does, not both
            whenAllConnected.add(hook);
            now = allConnected;
        }
        if (now) {
            hook.run();
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA.ShardInfo shard = event.getJDA().getShardInfo();
        int unavailable = event.getGuildUnavailableCount();
        LOG.info("shard {}/{} online in {} guild(s){}", shard.getShardId(), shard.getShardTotal(),
                event.getGuildAvailableCount(), unavailable == 0 ? "" : " (" + unavailable + " unavailable)");
        synchronized (this) {
            sessions.put(shard.getShardId(), event.getJDA());
            ready.add(shard.getShardId());
            notifyAll();
        }
        connectionChanged();
    }

    @Override
    public void onStatusChange(StatusChangeEvent event) {
        JDA.ShardInfo shard = event.getJDA().getShardInfo();
        LOG.debug("shard {}/{}: {} -> {}", shard.getShardId(), shard.getShardTotal(), event.getOldStatus(),
                event.getNewStatus());
        synchronized (this) {
            sessions.put(event.getJDA().getShardInfo().getShardId(), event.getJDA());
        }
        connectionChanged();
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        JDA.ShardInfo shard = event.getJDA().getShardInfo();
        // the token first: whoever wakes on "all shut down" must already see why
        token.gatewayClosed(shard.getShardId(), shard.getShardTotal(), event.getCloseCode());
        boolean lostNow = false;
        synchronized (this) {
            shutDown.put(shard.getShardId(), event.getCloseCode());
            if (!closing && lost == null) {
                CloseCode code = event.getCloseCode();
                lost = "shard " + shard.getShardId() + "/" + shard.getShardTotal()
                        + (code == null ? "" : " (close code " + code.getCode() + ": " + code.getMeaning() + ")");
                lostNow = true;
            }
            notifyAll();
        }
        if (lostNow && !token.rejected()) {
            LOG.error("Discord ended {} for good; stopping so that the process is restarted", lost());
            allShutDown.run();
        }
        reportIfAllShutDown();
        connectionChanged();
    }

    @Override
    public void onHttpRequest(HttpRequestEvent event) {
        Response response = event.getResponse();
        if (response == null || response.code < 400) {
            return;
        }
        int errorCode = response.optObject().map(body -> body.getInt("code", -1)).orElse(-1);
        token.restAnswered(event.getRoute().getBaseRoute().toString(), response.code, errorCode);
        if (token.rejected()) {
            synchronized (this) {
                notifyAll(); // a start-up waiting in awaitReady ends now
            }
        }
    }

    private void reportIfAllShutDown() {
        synchronized (this) {
            if (endReported || expected == null || !shutDown.keySet().containsAll(expected)) {
                return;
            }
            endReported = true;
        }
        allShutDown.run();
    }

    private void connectionChanged() {
        List<Runnable> hooks;
        synchronized (this) {
            boolean now = allConnectedNow();
            hooks = now && !allConnected ? List.copyOf(whenAllConnected) : List.of();
            allConnected = now;
            notifyAll();
        }
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                LOG.error("a hook for 'all shards connected' failed", e);
            }
        }
    }

    private synchronized boolean allConnectedNow() {
        if (expected == null || !ready.containsAll(expected)) {
            return false;
        }
        for (int id : expected) {
            JDA jda = sessions.get(id);
            if (jda == null || jda.getStatus() != JDA.Status.CONNECTED) {
                return false;
            }
        }
        return true;
    }
}
