package dev.stackbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a maintainer reads to improve the knowledge: the questions it declined, the answers people disliked and
 * why, and how much it covered this week against the week before.
 *
 * @param from       start of the period (inclusive)
 * @param to         end of the period (exclusive)
 * @param questions  answers served in the period
 * @param covered    of which covered
 * @param declined   declined questions, near-identical ones counted together, most frequent first
 * @param downvoted  questions whose answers got a 👎, grouped the same way, most 👎 first
 * @param reasons    reason code (or "none") → number of 👎 that gave it, most frequent first
 * @param votes      "up" and "down" → feedback count in the period
 * @param comments   the latest comments left with a 👎, newest first
 * @param thisWeek   the last 7 days before {@code to}
 * @param lastWeek   the 7 days before those
 * @param days       every UTC day of the period, oldest first, with its questions and how many were covered
 * @param aspects    aspect id → covered questions about it in the period, most frequent first
 */
public record StoreReport(Instant from, Instant to, long questions, long covered, List<QuestionGroup> declined,
                          List<QuestionGroup> downvoted, Map<String, Long> reasons, Map<String, Long> votes,
                          List<Comment> comments, CoveredShare thisWeek, CoveredShare lastWeek, List<Day> days,
                          Map<String, Long> aspects) {

    public StoreReport {
        days = List.copyOf(days);
        aspects = Collections.unmodifiableMap(new LinkedHashMap<>(aspects));
        declined = List.copyOf(declined);
        downvoted = List.copyOf(downvoted);
        comments = List.copyOf(comments);
        // ordered maps, most frequent first: Map.copyOf would lose the order
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    /**
     * Questions that read the same once case, punctuation and spacing are set aside.
     *
     * @param key     the normalized text
     * @param example one question as it was asked
     * @param count   how many
     */
    public record QuestionGroup(String key, String example, long count) {
    }

    /**
     * A comment left with a 👎.
     *
     * @param question the question of the answer it is about
     * @param reason   the reason code picked, or null
     * @param comment  what they wrote
     */
    public record Comment(String question, String reason, String comment) {
    }

    /**
     * One UTC day of the period.
     *
     * @param day       the date
     * @param questions questions answered that day
     * @param covered   of which covered
     */
    public record Day(LocalDate day, long questions, long covered) {

        /** Questions declined that day. */
        public long declined() {
            return questions - covered;
        }
    }

    /** Covered fraction of the whole period, 0 when there was no question. */
    public double coveredShare() {
        return questions == 0 ? 0 : (double) covered / questions;
    }

    /** Questions answered in a week and how many of them were covered. */
    public record CoveredShare(long questions, long covered) {

        /** Covered fraction, 0 when there was no question. */
        public double share() {
            return questions == 0 ? 0 : (double) covered / questions;
        }
    }
}
