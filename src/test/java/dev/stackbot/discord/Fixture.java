package dev.stackbot.discord;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.nio.file.Path;

/** The engine the Discord tests serve, built the way the composition root builds it. */
final class Fixture {

    private Fixture() {
    }

    /** The real engine over a knowledge directory, as the bot gets it from the composition root. */
    static BotEngine botEngine(Path knowledgeDir) {
        LiveKnowledge live = LiveKnowledge.open(knowledgeDir);
        return BotEngine.of(new AskService(live), live);
    }
}
