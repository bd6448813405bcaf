package dev.stackbot.app;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.nio.file.Path;

/** The engine built from one knowledge directory: what the CLI and the bot share. */
public record Engine(LiveKnowledge live, AskService ask) {

    /**
     * Loads the directory, validates it and builds the first snapshot.
     *
     * @throws dev.stackbot.knowledge.KnowledgeException listing every error (file:line: message) when it is invalid
     */
    public static Engine open(Path knowledgeDir) {
        return open(knowledgeDir, null);
    }

    /** The same, understanding by meaning too when {@code semantics} is not null. */
    public static Engine open(Path knowledgeDir, dev.stackbot.semantic.Semantics semantics) {
        LiveKnowledge live = LiveKnowledge.open(knowledgeDir, semantics);
        return new Engine(live, new AskService(live));
    }
}
