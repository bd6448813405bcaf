package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.app.Engine;
import java.util.List;

/** The part of the engine the bot talks to: one narrow seam between Discord handling and answering. */
public interface BotEngine {

    /** See {@link dev.stackbot.answer.AskService#ask(String, List)}: never throws. */
    Answer ask(String question, List<String> previousSubjects);

    /** See {@link dev.stackbot.answer.AskService#compare}: throws UnknownNameException with a user-facing message. */
    Comparison compare(String first, String second, String aspectOrNull);

    KnowledgeOverview overview();

    /** See {@link dev.stackbot.answer.LiveKnowledge#reload()}: never throws. */
    ReloadResult reload();

    /** The real engine. */
    static BotEngine of(Engine engine) {
        return new BotEngine() {
            @Override
            public Answer ask(String question, List<String> previousSubjects) {
                return engine.ask().ask(question, previousSubjects);
            }

            @Override
            public Comparison compare(String first, String second, String aspectOrNull) {
                return engine.ask().compare(first, second, aspectOrNull);
            }

            @Override
            public KnowledgeOverview overview() {
                return engine.ask().overview();
            }

            @Override
            public ReloadResult reload() {
                return engine.live().reload();
            }
        };
    }
}
