package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.cluster.ClusterReload;
import dev.stackbot.cluster.KnowledgeCoordinator;
import dev.stackbot.cluster.SingleProcessCoordinator;
import java.util.List;

/** The part of the engine the bot talks to: one narrow seam between Discord handling and answering. */
public interface BotEngine {

    /** See {@link dev.stackbot.answer.AskService#ask(String, List)}: never throws. */
    Answer ask(String question, List<String> previousSubjects);

    /** See {@link dev.stackbot.answer.AskService#compare}: throws UnknownNameException with a user-facing message. */
    Comparison compare(String first, String second, String aspectOrNull);

    KnowledgeOverview overview();

    /**
     * Reloads the knowledge on every process serving this bot: see {@link KnowledgeCoordinator#reload()}. Never
     * throws.
     */
    ClusterReload reload();

    /** The real engine of a process alone: answers from {@code ask}, reloads {@code live}. */
    static BotEngine of(AskService ask, LiveKnowledge live) {
        return of(ask, new SingleProcessCoordinator(live, "this process"));
    }

    /** The real engine: answers from {@code ask}, reloads through {@code coordinator} (one process, or all). */
    static BotEngine of(AskService ask, KnowledgeCoordinator coordinator) {
        return new BotEngine() {
            @Override
            public Answer ask(String question, List<String> previousSubjects) {
                return ask.ask(question, previousSubjects);
            }

            @Override
            public Comparison compare(String first, String second, String aspectOrNull) {
                return ask.compare(first, second, aspectOrNull);
            }

            @Override
            public KnowledgeOverview overview() {
                return ask.overview();
            }

            @Override
            public ClusterReload reload() {
                return coordinator.reload();
            }
        };
    }
}
