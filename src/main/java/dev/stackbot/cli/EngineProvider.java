package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import java.nio.file.Path;

/** How a command gets an engine for a knowledge directory; the composition root supplies it. */
@FunctionalInterface
public interface EngineProvider {

    /** @throws dev.stackbot.knowledge.KnowledgeException when the directory is not valid knowledge */
    AskService open(Path knowledgeDir);
}
