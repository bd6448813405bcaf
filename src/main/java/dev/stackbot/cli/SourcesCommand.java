package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.render.PlainTextRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** stackbot sources: the documents of the knowledge with their passage counts. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the source documents of the knowledge.")
public final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    private final EngineProvider engines;

    public SourcesCommand(EngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AskService ask = Terminal.open(engines, knowledge.resolve(), spec.commandLine().getErr());
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        out.print(new PlainTextRenderer(5).overview(ask.overview()));
        out.flush();
        return 0;
    }
}
