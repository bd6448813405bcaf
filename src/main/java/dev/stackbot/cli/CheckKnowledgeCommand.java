package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.KnowledgeOverview;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** stackbot check-knowledge: validates a knowledge directory and prints every error with file and line. */
@Command(name = "check-knowledge", mixinStandardHelpOptions = true,
        description = "Validate a knowledge directory; print every error as file:line: message. Exit 1 when any.")
public final class CheckKnowledgeCommand extends EngineCommand {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The directory (default: --knowledge, else ./knowledge).")
    Path dir;

    public CheckKnowledgeCommand(EngineProvider engines) {
        super(engines);
    }

    @Override
    public Integer call() {
        Path target = dir != null ? dir : knowledge.resolve();
        PrintWriter out = out();
        AskService ask = open(target, true);
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        KnowledgeOverview overview = ask.overview();
        out.println("OK " + target + ": " + overview.stats().documents() + " sources, " + overview.stats().passages()
                + " passages, " + overview.stats().rules() + " rules, " + overview.entities().size() + " entities, "
                + overview.aspects().size() + " aspects (knowledge " + overview.version() + ")");
        out.flush();
        return 0;
    }
}
