package dev.stackbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stackbot.answer.Answer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recent answers by a short key, so buttons can page their citations and feedback can name the question
 * without fitting either into a 100-character custom id. Bounded: old answers' buttons just say "ask again".
 */
public final class AnswerStore {

    private final Cache<String, Answer> answers;
    // base-36 of a counter started at the boot time: keys from an earlier run do not collide with this one's
    private final AtomicLong next = new AtomicLong(System.currentTimeMillis());

    public AnswerStore(long maximumSize, Duration keepFor) {
        this.answers = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(keepFor).build();
    }

    public static AnswerStore standard() {
        return new AnswerStore(20_000, Duration.ofHours(24));
    }

    /** Keeps the answer and returns its key (lower-case letters and digits). */
    public String put(Answer answer) {
        String key = Long.toString(next.getAndIncrement(), 36);
        answers.put(key, answer);
        return key;
    }

    public Optional<Answer> get(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }
}
