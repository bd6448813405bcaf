package dev.stackbot.cli;

import java.util.Locale;

/** The on/off value of --semantic and STACKBOT_SEMANTIC, read the same way everywhere. */
public final class SemanticSetting {

    private SemanticSetting() {
    }

    /**
     * @param value "on", "off" (or true/false, 1/0, yes/no); null or blank means on
     * @throws IllegalArgumentException for anything else, with a message for the user
     */
    public static boolean parse(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "1", "yes" -> true;
            case "off", "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("semantic must be on or off, not \"" + value.strip() + "\"");
        };
    }
}
