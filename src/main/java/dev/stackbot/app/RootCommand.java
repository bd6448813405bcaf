package dev.stackbot.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: prints usage when called without a subcommand. */
@Command(name = "stackbot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Answers technology-stack questions from a knowledge base, with rule-based verdicts and verbatim citations.",
        footer = {"", "Start with: stackbot ask \"is Node faster for APIs?\"   or   stackbot chat"})
final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command.");
    }
}
