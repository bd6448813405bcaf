package dev.stackbot.app;

import dev.stackbot.cli.AskCommand;
import dev.stackbot.cli.ChatCommand;
import dev.stackbot.cli.CheckKnowledgeCommand;
import dev.stackbot.cli.CompareCommand;
import dev.stackbot.cli.EngineProvider;
import dev.stackbot.cli.EvalCommand;
import dev.stackbot.cli.ForgetCommand;
import dev.stackbot.cli.ReportCommand;
import dev.stackbot.cli.StoreProvider;
import dev.stackbot.cli.SourcesCommand;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The composition root: builds every command with plain constructors and runs the one asked for. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        routeJavaLogging();
        // the English word list for misspelt signal words takes a few hundred ms to read: start it now
        dev.stackbot.question.Vocabulary.preload();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Libraries that log through java.util.logging (Lucene, ONNX Runtime) go through logback.xml like the rest. */
    static void routeJavaLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** Runs one command line; returns the exit code (0 ok, 1 knowledge or runtime error, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** The store's settings from the environment, with --data over STACKBOT_DATA. */
    static StoreConfig storeConfig(Map<String, String> env, Path dataDir) {
        Map<String, String> values = new HashMap<>(env);
        if (dataDir != null) {
            values.put(StoreConfig.DATA, dataDir.toString());
        }
        return StoreConfig.from(values);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        SemanticLayer semantic = new SemanticLayer(SemanticLayer.dataDir());
        EngineProvider engines = (dir, meaning) -> Engine.open(dir, semantic.get(meaning)).ask();
        StoreProvider stores = dataDir -> Store.openExisting(storeConfig(System.getenv(), dataDir));
        CommandLine line = new CommandLine(new RootCommand())
                .addSubcommand(new AskCommand(engines))
                .addSubcommand(new CompareCommand(engines))
                .addSubcommand(new SourcesCommand(engines))
                .addSubcommand(new CheckKnowledgeCommand(engines))
                .addSubcommand(new ChatCommand(engines))
                .addSubcommand(new EvalCommand(engines))
                .addSubcommand(new ReportCommand(stores))
                .addSubcommand(new ForgetCommand(stores))
                .addSubcommand(new ServeCommand());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // users get one line, never a stack trace; the trace is for developers who ask for it
            cmd.getErr().println("stackbot: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("STACKBOT_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return line;
    }
}
