package dev.stackbot.cluster;

/**
 * How /reload reaches every process serving this bot, and whether this process serves the version the others
 * do. One process alone: {@link SingleProcessCoordinator}; several sharing PostgreSQL:
 * {@link PostgresCoordinator}. The composition root picks one.
 */
public interface KnowledgeCoordinator extends AutoCloseable {

    /**
     * Validates the knowledge directory here, then has every live process load it and waits (bounded) for what
     * each did. A process that cannot load it, or loads another version, keeps its old snapshot. Never throws.
     */
    ClusterReload reload();

    /**
     * Runs {@code action} each time this process swaps its knowledge because another process asked (not after
     * this process's own /reload, whose caller knows): the bot re-registers its commands, whose choices come from
     * the knowledge. Alone, nothing else ever asks, so it never runs.
     */
    default void whenReloadedByAnother(Runnable action) {
    }

    /** Whether this process serves the cluster's current version; asked by readiness. */
    Agreement agreement();

    /** Leaves the cluster (its row is removed, so nobody waits for it) and stops its threads. */
    @Override
    void close();
}
