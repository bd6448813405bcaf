package dev.stackbot.knowledge;

import java.util.List;

/**
 * One value the sources give for a fact, with the verbatim quotes that give it.
 *
 * @param value    the value as the knowledge author states it, e.g. "1991"
 * @param evidence one or more quotes, each found verbatim in a citable sentence of its source
 */
public record Claim(String value, List<Evidence> evidence) {

    public Claim {
        evidence = List.copyOf(evidence);
    }

    /** The distinct source ids that give this value, in evidence order. */
    public List<String> sources() {
        return evidence.stream().map(Evidence::source).distinct().toList();
    }
}
