package dev.stackbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --knowledge option every command shares. */
public final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Knowledge directory (default: $STACKBOT_KNOWLEDGE, else ./knowledge).")
    Path dir;

    /** The directory to use: the option, else STACKBOT_KNOWLEDGE, else ./knowledge. */
    public Path resolve() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv("STACKBOT_KNOWLEDGE");
        return Path.of(env == null || env.isBlank() ? "knowledge" : env);
    }
}
