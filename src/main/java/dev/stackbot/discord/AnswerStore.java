package dev.stackbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.stackbot.answer.Answer;
import dev.stackbot.store.Feedback;
import dev.stackbot.store.FeedbackReason;
import dev.stackbot.store.ServedAnswer;
import dev.stackbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers by a short key, so buttons can page their citations and feedback can name its answer without fitting
 * either into a 100-character custom id. Recent answers are kept in memory; with a {@link Store} behind it every
 * answer (declined ones too) and every piece of feedback is also recorded, so a button still works after a
 * restart. Without one, old answers' buttons just say "ask again".
 */
public final class AnswerStore {

    private final Cache<String, Answer> recent;
    private final Store store;
    private final Clock clock;
    private final AnswerEvents events;

    /**
     * @param store the store behind the cache, or null to keep answers in memory only
     */
    public AnswerStore(long maximumSize, Duration keepFor, Store store, Clock clock) {
        this(maximumSize, keepFor, store, clock, AnswerEvents.NONE);
    }

    /** As above, telling {@code events} of every answer and vote. */
    public AnswerStore(long maximumSize, Duration keepFor, Store store, Clock clock, AnswerEvents events) {
        // stats: the metrics show how many button clicks the cache spares the database
        // maintenance on the calling thread (see Cooldown)
        this.recent = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(keepFor).recordStats()
                .executor(Runnable::run).build();
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    public AnswerStore(long maximumSize, Duration keepFor) {
        this(maximumSize, keepFor, null, Clock.systemUTC());
    }

    /** In memory only: 20,000 answers for a day. */
    public static AnswerStore standard() {
        return standard(AnswerEvents.NONE);
    }

    static AnswerStore standard(AnswerEvents events) {
        return new AnswerStore(20_000, Duration.ofHours(24), null, Clock.systemUTC(), events);
    }

    /** In front of a store: the cache only spares the database the clicks on recent answers. */
    public static AnswerStore backedBy(Store store) {
        return backedBy(store, AnswerEvents.NONE);
    }

    static AnswerStore backedBy(Store store, AnswerEvents events) {
        return new AnswerStore(5_000, Duration.ofHours(1), store, Clock.systemUTC(), events);
    }

    /** Lookups of recent answers (by buttons) since start: hits are clicks the database was spared. */
    public CacheStats cacheStats() {
        return recent.stats();
    }

    /** Whether answers outlive this process. */
    public boolean persistent() {
        return store != null;
    }

    /**
     * Keeps a covered answer for its buttons and records any answer; returns its key (lower-case letters and
     * digits). Never waits on the database.
     */
    public String put(Answer answer, Asking asking, long latencyMicros) {
        String key = newKey();
        if (answer.covered()) {
            recent.put(key, answer);
        }
        events.answered(answer, asking.surface(), latencyMicros);
        if (store != null) {
            store.record(new ServedAnswer(key, clock.instant(), asking.guildId(), asking.channelId(),
                    store.askerHash(asking.userId()), asking.surface(), latencyMicros, answer));
        }
        return key;
    }

    /** Keeps an answer for its buttons without recording it (memory-only use and tests). */
    public String put(Answer answer) {
        String key = newKey();
        recent.put(key, answer);
        return key;
    }

    /** The answer if it is in memory; never touches the database, so the gateway thread may call it. */
    public Optional<Answer> recent(String key) {
        return Optional.ofNullable(recent.getIfPresent(key));
    }

    /**
     * The answer from memory, else from the store (and then kept in memory again). May wait on the database:
     * call it on a worker.
     *
     * @throws dev.stackbot.store.StoreException when the store cannot be reached
     */
    public Optional<Answer> get(String key) {
        Answer cached = recent.getIfPresent(key);
        if (cached != null || store == null) {
            return Optional.ofNullable(cached);
        }
        Optional<Answer> stored = store.find(key);
        stored.ifPresent(answer -> recent.put(key, answer));
        return stored;
    }

    /** Records a 👍 or 👎 of {@code userId} on an answer; a no-op without a store. */
    public void vote(String key, long userId, boolean up) {
        events.voted(up);
        if (store != null) {
            store.record(Feedback.vote(key, store.askerHash(userId), clock.instant(), up));
        }
    }

    /** Records the reason a user gave for their 👎. */
    public void reason(String key, long userId, FeedbackReason reason) {
        if (store != null) {
            store.record(new Feedback(key, store.askerHash(userId), clock.instant(), false, reason, null));
        }
    }

    /** Records the comment a user wrote with their 👎. */
    public void comment(String key, long userId, String comment) {
        if (store != null) {
            store.record(new Feedback(key, store.askerHash(userId), clock.instant(), false, null,
                    comment == null ? null : dev.stackbot.render.DiscordText.clean(comment)));
        }
    }

    // time first, so keys sort by age; 64 random bits, so processes sharing one database never collide
    private static String newKey() {
        return Long.toString(System.currentTimeMillis(), 36)
                + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }
}
