package dev.stackbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --knowledge option every command shares. */
public final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Knowledge directory (default: $STACKBOT_KNOWLEDGE, else ./knowledge).")
    Path dir;

    @Option(names = "--semantic", paramLabel = "on|off",
            description = "Understand by meaning too, with the shipped embedding model (default: $STACKBOT_SEMANTIC, else on); "
                    + "off answers from words alone.")
    String semantic;

    /**
     * Whether to load the semantic layer: the option, else STACKBOT_SEMANTIC, else on.
     *
     * @throws IllegalArgumentException for a value other than on/off (its message is for the user)
     */
    public boolean semanticOn() {
        return SemanticSetting.parse(semantic != null ? semantic : System.getenv("STACKBOT_SEMANTIC"));
    }

    /** The directory to use: the option, else STACKBOT_KNOWLEDGE, else ./knowledge. */
    public Path resolve() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv("STACKBOT_KNOWLEDGE");
        return Path.of(env == null || env.isBlank() ? "knowledge" : env);
    }
}
