package dev.stackbot.cluster;

/**
 * Whether this process serves the knowledge version the other processes serve: readiness asks it.
 *
 * @param agreed  true when it does (always, for a process alone)
 * @param version the version this process serves
 * @param cluster the cluster's current version (the last reload's), or null when unknown (database unreachable)
 * @param detail  one line for logs and readiness: what differs and what to do about it
 */
public record Agreement(boolean agreed, String version, String cluster, String detail) {
}
