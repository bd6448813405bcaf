package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.KnowledgeOverview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** stackbot check-knowledge: validates a knowledge directory and prints every error with file and line. */
@Command(name = "check-knowledge", mixinStandardHelpOptions = true,
        description = "Validate a knowledge directory; print every error as file:line: message. Exit 1 when any.")
public final class CheckKnowledgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The directory (default: --knowledge, else ./knowledge).")
    Path dir;

    private final EngineProvider engines;

    public CheckKnowledgeCommand(EngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        Path target = dir != null ? dir : knowledge.resolve();
        PrintWriter out = spec.commandLine().getOut();
        AskService ask = Terminal.open(engines, target, spec.commandLine().getErr());
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
