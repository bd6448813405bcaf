package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.render.PlainTextRenderer;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** stackbot sources: the documents of the knowledge with their passage counts. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the source documents of the knowledge.")
public final class SourcesCommand extends EngineCommand {

    public SourcesCommand(EngineProvider engines) {
        super(engines);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        AskService ask = open();
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        out.print(new PlainTextRenderer(5).overview(ask.overview()));
        out.flush();
        return 0;
    }
}
