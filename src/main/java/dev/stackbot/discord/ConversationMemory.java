package dev.stackbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;

/**
 * What each user last asked about in each channel or thread, so "and for CPU-bound work?" inherits
 * the entities of the previous question. Forgotten 10 minutes after the last answer.
 */
public final class ConversationMemory {

    /** How long a follow-up may come after the answer it follows. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Cache<Key, List<String>> subjects;

    public ConversationMemory(Ticker ticker, long maximumSize) {
        // maintenance on the calling thread (see Cooldown)
        this.subjects = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(WINDOW).maximumSize(maximumSize)
                .executor(Runnable::run).build();
    }

    /** Memory with the real clock, bounded to 50,000 conversations. */
    public static ConversationMemory standard() {
        return new ConversationMemory(Ticker.systemTicker(), 50_000);
    }

    /** The subjects of the user's previous answer in this channel, or an empty list. */
    public List<String> previous(long userId, long channelId) {
        List<String> found = subjects.getIfPresent(new Key(userId, channelId));
        return found == null ? List.of() : found;
    }

    /** Records the subjects of the answer just given; an answer about nothing keeps the earlier subjects. */
    public void remember(long userId, long channelId, List<String> answerSubjects) {
        if (answerSubjects == null || answerSubjects.isEmpty()) {
            return;
        }
        subjects.put(new Key(userId, channelId), List.copyOf(answerSubjects));
    }

    private record Key(long userId, long channelId) {
    }
}
