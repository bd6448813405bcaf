package dev.stackbot.store;

/**
 * What the writer has done since it started.
 *
 * @param queued    entries waiting to be written
 * @param written   entries committed
 * @param dropped   entries never written: the queue was full, or the store was down at shutdown
 * @param rejected  entries the database refused while it worked (logged, dropped)
 * @param failures  failed write attempts (each retried)
 * @param incidents times the store went from reachable to unreachable
 * @param down      whether the last attempt failed
 */
public record StoreStats(int queued, long written, long dropped, long rejected, long failures, long incidents,
                         boolean down) {
}
