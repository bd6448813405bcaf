package dev.stackbot.cluster;

/**
 * What one process did with a reload, as /reload's reply lists it.
 *
 * @param name        the process's name ("shards 0-1"), as its composition root gave it
 * @param thisProcess whether it is the process that received /reload
 * @param outcome     what it did
 * @param version     the knowledge version it serves now (for an unreachable one: the last it reported)
 * @param detail      why, when it did not reload: the errors, the version its directory holds, how long ago it
 *                    was last heard from; empty otherwise
 */
public record ProcessReport(String name, boolean thisProcess, Outcome outcome, String version, String detail) {

    public ProcessReport {
        detail = detail == null ? "" : detail;
    }

    /** What a process did with a reload request. */
    public enum Outcome {
        /** Loaded the requested version and serves it now. */
        RELOADED,
        /** Served the requested version already, so there was nothing to load. */
        ALREADY_CURRENT,
        /** Its knowledge directory could not be loaded: it keeps its old snapshot. */
        FAILED,
        /** Its knowledge directory holds another version than the one requested: it keeps its old snapshot. */
        OTHER_VERSION,
        /** Alive (its heartbeat is recent) but sent no report in time: it may still be loading. */
        NO_REPORT,
        /** Its heartbeat stopped: it was not waited for. */
        UNREACHABLE;

        /** Whether the process serves the requested version now. */
        public boolean current() {
            return this == RELOADED || this == ALREADY_CURRENT;
        }
    }
}
