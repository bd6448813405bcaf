package dev.stackbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --knowledge option every command shares, and the one place that reads STACKBOT_KNOWLEDGE. */
public final class KnowledgeOption {

    /** The setting naming the knowledge directory, for every command and for serve's config file. */
    public static final String SETTING = "STACKBOT_KNOWLEDGE";
    private static final Path DEFAULT = Path.of("./knowledge");

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
        return choose(dir, System.getenv(SETTING));
    }

    /**
     * The rule every command follows: an explicit --knowledge wins, then the setting, then ./knowledge.
     *
     * @param option  the --knowledge option, or null
     * @param setting the value of STACKBOT_KNOWLEDGE (from the environment or serve's config file), or null
     */
    public static Path choose(Path option, String setting) {
        if (option != null) {
            return option;
        }
        return setting == null || setting.isBlank() ? DEFAULT : Path.of(setting.strip());
    }
}
