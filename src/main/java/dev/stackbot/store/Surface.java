package dev.stackbot.store;

import java.util.Locale;

/** Where a question was asked. */
public enum Surface {
    SLASH, MENTION, DM, CLI;

    /** As stored: slash, mention, dm, cli. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
