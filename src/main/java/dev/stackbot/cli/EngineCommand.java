package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that answers from a knowledge directory: the shared option, streams and engine opening. */
abstract class EngineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    private final EngineProvider engines;

    EngineCommand(EngineProvider engines) {
        this.engines = engines;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error: picocli prints it with the usage and exits 2. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The engine for --knowledge, or null after printing why the directory cannot be served. */
    AskService open() {
        return open(knowledge.resolve(), false);
    }

    /** Checking a directory needs no model: only answering does. */
    AskService open(Path dir, boolean checking) {
        boolean semantic;
        try {
            semantic = !checking && knowledge.semanticOn();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return Terminal.open(engines, dir, semantic, err(), checking);
    }
}
