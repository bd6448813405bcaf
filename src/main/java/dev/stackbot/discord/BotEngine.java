package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import java.util.List;
import java.util.function.Consumer;

/** The part of the engine the bot talks to: one narrow seam between Discord handling and answering. */
public interface BotEngine {

    /** See {@link dev.stackbot.answer.AskService#ask(String, List)}: never throws. */
    Answer ask(String question, List<String> previousSubjects);

    /** See {@link dev.stackbot.answer.AskService#compare}: throws UnknownNameException with a user-facing message. */
    Comparison compare(String first, String second, String aspectOrNull);

    KnowledgeOverview overview();

    /** See {@link dev.stackbot.answer.LiveKnowledge#reload()}: never throws. */
    ReloadResult reload();

    /** The real engine: answers from {@code ask}, reloads through {@code live}. */
    static BotEngine of(AskService ask, LiveKnowledge live) {
        return of(ask, live, result -> { });
    }

    /** The same, telling {@code afterReload} how each reload went (the metrics count them). */
    static BotEngine of(AskService ask, LiveKnowledge live, Consumer<ReloadResult> afterReload) {
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
            public ReloadResult reload() {
                ReloadResult result = live.reload();
                afterReload.accept(result);
                return result;
            }
        };
    }
}
