package dev.stackbot.store;

import dev.stackbot.answer.Answer;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer as it was served, with where and to whom.
 *
 * @param id            the answer's key, also used in its buttons' ids
 * @param askedAt       when it was answered
 * @param guildId       the server, or null in a DM or the CLI
 * @param channelId     the channel (or thread, or DM), or null in the CLI
 * @param askerHash     {@link AskerHash} of the user who asked; never the user id itself
 * @param surface       how it was asked
 * @param latencyMicros time the engine took to answer
 * @param answer        the answer; declined questions are answers with covered false
 */
public record ServedAnswer(String id, Instant askedAt, Long guildId, Long channelId, String askerHash,
                           Surface surface, long latencyMicros, Answer answer) implements StoreEntry {

    public ServedAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(askerHash, "askerHash");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(answer, "answer");
    }
}
