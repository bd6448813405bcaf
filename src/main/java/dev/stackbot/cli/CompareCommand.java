package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.UnknownNameException;
import dev.stackbot.render.JsonRenderer;
import dev.stackbot.render.PlainTextRenderer;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** stackbot compare: every aspect of two technologies with its verdict and support counts. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two technologies on every aspect, or on one with --aspect.")
public final class CompareCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "FIRST", description = "A technology, e.g. nodejs")
    String first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "Another technology, e.g. python")
    String second;

    @Option(names = "--aspect", paramLabel = "A", description = "Only this aspect (id, label or a word such as 'speed').")
    String aspect;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    public CompareCommand(EngineProvider engines) {
        super(engines);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        AskService ask = open();
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        try {
            Comparison comparison = ask.compare(first, second, aspect);
            out.print(json ? new JsonRenderer().comparison(comparison) + "\n" : new PlainTextRenderer(5).comparison(comparison));
            out.flush();
            return 0;
        } catch (UnknownNameException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }
}
