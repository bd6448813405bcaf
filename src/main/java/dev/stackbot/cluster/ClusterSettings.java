package dev.stackbot.cluster;

import java.time.Duration;

/**
 * The timings of a process in a cluster.
 *
 * @param heartbeat    how often the process tells the others it is alive, and looks for a reload it missed; a
 *                     process not heard from for {@link #STALE_AFTER} of its own intervals is not waited for
 * @param replyWait    how long /reload waits for the reports of the live processes before it answers
 * @param listenerPoll how long the notification listener blocks in one wait (it checks for closing in between)
 */
public record ClusterSettings(Duration heartbeat, Duration replyWait, Duration listenerPoll) {

    /** Heartbeats missed before a process counts as gone. */
    public static final int STALE_AFTER = 3;

    public ClusterSettings {
        if (heartbeat.isNegative() || heartbeat.isZero() || replyWait.isNegative() || listenerPoll.isNegative()
                || listenerPoll.isZero()) {
            throw new IllegalArgumentException("cluster timings must be positive: " + heartbeat + ", " + replyWait
                    + ", " + listenerPoll);
        }
    }

    /**
     * A heartbeat every 5 s (a process killed without stopping is known gone within 15 s, for a few cheap
     * statements a process every 5 s), a reply after at most 20 s (within Discord's 15 minutes for a deferred
     * reply, and long enough for a process to load the shipped knowledge many times over).
     */
    public static ClusterSettings standard() {
        return new ClusterSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMillis(500));
    }
}
