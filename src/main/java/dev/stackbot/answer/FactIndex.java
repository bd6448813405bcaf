package dev.stackbot.answer;

import dev.stackbot.knowledge.Fact;
import java.util.List;
import java.util.Map;

/**
 * The knowledge's facts with the passage each claim's quote stands in, resolved once per snapshot:
 * a fact question finds its facts through the passages retrieval ranks first.
 *
 * @param claimPassages fact id → per claim (in claim order) the passages of its quotes, in quote order
 * @param byPassage     passage ordinal → the facts with a claim quoted in it
 * @param finder        the facts' "asked as" phrases, prepared for finding the fact a question asks for
 */
public record FactIndex(Map<String, List<List<Integer>>> claimPassages, Map<Integer, List<Fact>> byPassage,
                        FactFinder finder) {

    public FactIndex {
        claimPassages = Map.copyOf(claimPassages);
        byPassage = Map.copyOf(byPassage);
    }

    /** The facts quoted in a passage; empty for most. */
    public List<Fact> quotedIn(int ordinal) {
        return byPassage.getOrDefault(ordinal, List.of());
    }
}
