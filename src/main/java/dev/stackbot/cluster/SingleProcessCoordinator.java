package dev.stackbot.cluster;

import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import java.util.function.Consumer;

/** A process that serves the bot alone (SQLite, or no store): /reload reloads this process's knowledge only. */
public final class SingleProcessCoordinator implements KnowledgeCoordinator {

    private final LiveKnowledge live;
    private final String name;
    private final Consumer<ReloadResult> reloads;

    /** @param reloads told of every reload of this process's knowledge (the metrics count them) */
    public SingleProcessCoordinator(LiveKnowledge live, String name, Consumer<ReloadResult> reloads) {
        this.live = live;
        this.name = name;
        this.reloads = reloads;
    }

    public SingleProcessCoordinator(LiveKnowledge live, String name) {
        this(live, name, result -> { });
    }

    @Override
    public ClusterReload reload() {
        ReloadResult result = live.reload();
        reloads.accept(result);
        return ClusterReload.single(name, result);
    }

    @Override
    public Agreement agreement() {
        String version = live.version();
        return new Agreement(true, version, version, "a single process: nothing to agree with");
    }

    @Override
    public void close() {
    }
}
