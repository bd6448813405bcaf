package dev.stackbot.answer;

/**
 * The snapshot now serving, swapped atomically on reload. Questions read it once and finish on it.
 */
public final class LiveKnowledge {

    // IMPLEMENTATION IN PROGRESS: signatures are the stable contract for discord/.

    /** Re-reads the directory this was opened on; on any error the old snapshot keeps serving. Never throws. */
    public ReloadResult reload() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Version of the snapshot now serving. */
    public String version() {
        throw new UnsupportedOperationException("in progress");
    }
}
