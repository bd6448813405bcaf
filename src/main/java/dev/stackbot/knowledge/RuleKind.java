package dev.stackbot.knowledge;

import java.util.Locale;

/** What a verdict rule concludes. */
public enum RuleKind {
    FAVORS, DEPENDS, CONTESTED;

    static RuleKind parse(String text) {
        for (RuleKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
