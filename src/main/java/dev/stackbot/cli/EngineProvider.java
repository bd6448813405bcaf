package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import java.nio.file.Path;

/** How a command gets an engine for a knowledge directory; the composition root supplies it. */
@FunctionalInterface
public interface EngineProvider {

    /**
     * @param semantic whether to understand by meaning too (the model loads once per process; when it cannot,
     *                 the engine answers lexically and says so once in the log)
     * @throws dev.stackbot.knowledge.KnowledgeException when the directory is not valid knowledge
     */
    AskService open(Path knowledgeDir, boolean semantic);
}
