package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.UnknownNameException;
import dev.stackbot.render.ComparisonChart;
import dev.stackbot.render.JsonRenderer;
import dev.stackbot.render.PlainTextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    @Option(names = "--chart", paramLabel = "FILE.png",
            description = "Also draw the comparison as a PNG chart (sources per side, each aspect's verdict) into FILE.")
    Path chart;

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
            return chart == null ? 0 : writeChart(comparison, err);
        } catch (UnknownNameException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }

    private int writeChart(Comparison comparison, PrintWriter err) {
        try {
            Files.write(chart, new ComparisonChart().png(comparison));
            return 0;
        } catch (IOException e) {
            // the comparison is printed; only the file failed, and the user can fix that path
            String why = e instanceof NoSuchFileException ? "its directory does not exist"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("stackbot compare: cannot write the chart to " + chart + ": " + why);
            err.flush();
            return 1;
        }
    }
}
