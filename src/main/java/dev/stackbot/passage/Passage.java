package dev.stackbot.passage;

import java.util.List;

/**
 * A citable piece of a source: whole sentences, exactly as written.
 *
 * @param id      "docId#ordinal", stable while the source is unchanged
 * @param doc     source document id
 * @param heading the heading it stands under ("Performance and Speed › Node.js:"), or empty
 * @param ordinal 1-based position among the document's passages
 * @param text    verbatim text: a substring of the document body
 * @param line    line of the source file where the passage starts
 * @param alsoIn  ids of near-duplicate passages merged into this one
 */
public record Passage(String id, String doc, String heading, int ordinal, String text, int line, List<String> alsoIn) {

    public Passage {
        alsoIn = List.copyOf(alsoIn);
    }
}
