package dev.stackbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** Per-user sliding-window limit on questions (e.g. 5 per 30 s), so one user cannot monopolise the bot. */
public final class Cooldown {

    private final int limit;
    private final long windowNanos;
    private final Ticker ticker;
    // expireAfterAccess: a user idle for a whole window has nothing worth remembering
    private final Cache<Long, Window> recent;

    public Cooldown(int limit, Duration window, Ticker ticker) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit >= 1 and a positive window are required");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.ticker = ticker;
        // maintenance on the calling thread: a write per ask would otherwise hand a cleanup task to the common pool
        this.recent = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(window).maximumSize(100_000)
                .executor(Runnable::run).build();
    }

    /** The default: 5 questions per 30 seconds. */
    public static Cooldown standard() {
        return new Cooldown(5, Duration.ofSeconds(30), Ticker.systemTicker());
    }

    /**
     * Counts one question for the user when allowed.
     *
     * @return allowed, or refused with how long until a question would be allowed again
     */
    public Decision tryAcquire(long userId) {
        long now = ticker.read();
        Window window = recent.get(userId, id -> new Window());
        synchronized (window) {
            while (!window.times.isEmpty() && now - window.times.peekFirst() >= windowNanos) {
                window.times.pollFirst();
            }
            if (window.times.size() < limit) {
                window.times.addLast(now);
                window.warned = false;
                return new Decision(true, Duration.ZERO, false);
            }
            boolean first = !window.warned;
            window.warned = true;
            return new Decision(false, Duration.ofNanos(windowNanos - (now - window.times.peekFirst())), first);
        }
    }

    /**
     * The outcome of one {@link #tryAcquire}.
     *
     * @param allowed      the question may go ahead
     * @param retryAfter   when refused, how long until one more would be allowed
     * @param firstRefusal the first refusal since the user was last allowed: where a refusal is visible to
     *                     everyone (a channel reply), only this one is worth saying, the rest are ignored
     */
    public record Decision(boolean allowed, Duration retryAfter, boolean firstRefusal) {
    }

    private static final class Window {
        final Deque<Long> times = new ArrayDeque<>();
        boolean warned;
    }
}
