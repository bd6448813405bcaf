package dev.stackbot.cli;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.render.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** stackbot chat: an interactive prompt where a follow-up inherits the technologies of the previous question. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Ask questions interactively; a follow-up such as \"and for machine learning?\" keeps the technologies.")
public final class ChatCommand extends EngineCommand {

    private static final Set<String> QUIT = Set.of("quit", "exit", ":q", ":quit", "/quit", "bye");

    public ChatCommand(EngineProvider engines) {
        super(engines);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        AskService ask = open();
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        var overview = ask.overview();
        out.println("Stackbot: ask about " + String.join(" and ", overview.entities().stream().map(n -> n.name()).toList())
                + ". Type 'quit' or press Ctrl-D to leave.");
        PlainTextRenderer renderer = new PlainTextRenderer(3);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> previous = List.of();
        while (true) {
            out.print("you> ");
            out.flush();
            String line = in.readLine();
            if (line == null || QUIT.contains(line.strip().toLowerCase(java.util.Locale.ROOT))) {
                out.println();
                out.flush();
                return 0;
            }
            if (line.isBlank()) {
                continue;
            }
            Answer answer = ask.ask(line, previous);
            if (answer.covered()) {
                previous = answer.subjects();
            }
            out.println();
            out.print(renderer.answer(answer));
            out.println();
            out.flush();
        }
    }
}
