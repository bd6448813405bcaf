package dev.stackbot.verdict;

import java.util.Locale;

/** The four kinds of verdict a rule can give. */
public enum VerdictKind {
    /** One entity is the better fit for the need. */
    FAVORS,
    /** The sources make the choice depend on the workload. */
    DEPENDS,
    /** The sources contradict each other. */
    CONTESTED,
    /** Nothing to judge: a fact or a definition, or no rule applies. */
    NONE;

    /** The lower-case name used in the knowledge files and the JSON contract. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
