package dev.stackbot.cli;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.render.JsonRenderer;
import dev.stackbot.render.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** stackbot ask: one question, or a batch of them, answered with a verdict and citations. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question with a verdict and numbered, verbatim citations.")
public final class AskCommand extends EngineCommand {

    /** Longer batch lines are refused rather than truncated silently. */
    static final int MAX_QUESTION_CHARS = 10_000;

    @Option(names = "--json", description = "Print the answer as JSON (one object a line).")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "Answer every line of FILE ('-' for standard input), one JSON object a line.")
    String batch;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it, or give it as several words).")
    List<String> words;

    public AskCommand(EngineProvider engines) {
        super(engines);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (batch != null && words != null && !words.isEmpty()) {
            throw usage("Give either a QUESTION or --batch FILE, not both.");
        }
        if (batch == null && (words == null || words.isEmpty())) {
            throw usage("Missing QUESTION, e.g. stackbot ask \"is Node faster for APIs?\"");
        }
        if (batch != null && !json) {
            throw usage("--batch writes JSON lines: add --json.");
        }
        if (batch != null && !batch.equals("-") && !Files.isReadable(Path.of(batch))) {
            throw usage("Cannot read the batch file " + batch);
        }
        AskService ask = open();
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        if (batch != null) {
            return batch(ask, out);
        }
        Answer answer = ask.ask(String.join(" ", words));
        out.print(json ? new JsonRenderer().answer(answer) + "\n" : new PlainTextRenderer(5).answer(answer));
        out.flush();
        return 0;
    }

    private int batch(AskService ask, PrintWriter out) throws IOException {
        JsonRenderer renderer = new JsonRenderer();
        try (BufferedReader in = batch.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(batch), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(batchLine(ask, renderer, line));
                out.flush();
            }
        }
        return 0;
    }

    private static String batchLine(AskService ask, JsonRenderer renderer, String line) {
        if (line.isBlank()) {
            return renderer.error(line, "empty question");
        }
        if (line.length() > MAX_QUESTION_CHARS) {
            return renderer.error(line.substring(0, 200) + "…", "question longer than " + MAX_QUESTION_CHARS + " characters");
        }
        return renderer.answer(ask.ask(line));
    }
}
