package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.knowledge.KnowledgeException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Opening the engine for a command, with the one place that turns knowledge errors into terminal output. */
final class Terminal {

    /** Exit code when the knowledge directory cannot be served. */
    static final int KNOWLEDGE_ERROR = 1;

    private Terminal() {
    }

    /** The engine, or null after printing every knowledge error to {@code err}; {@code checking} leaves out the hint to run the check. */
    static AskService open(EngineProvider engines, Path dir, boolean semantic, PrintWriter err, boolean checking) {
        try {
            return engines.open(dir, semantic);
        } catch (KnowledgeException e) {
            err.println("The knowledge in " + dir + " cannot be served (" + e.errors().size() + " error"
                    + (e.errors().size() == 1 ? "" : "s") + "):");
            e.errors().forEach(error -> err.println("  " + error));
            if (!checking) {
                err.println("Run 'stackbot check-knowledge " + dir + "' after fixing them.");
            }
            err.flush();
            return null;
        }
    }
}
