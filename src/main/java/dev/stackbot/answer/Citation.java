package dev.stackbot.answer;

/**
 * One numbered, verbatim quotation backing an answer.
 *
 * @param n         1-based number as shown to the user
 * @param doc       source document id
 * @param title     source title
 * @param publisher source publisher
 * @param passage   the passage text, exactly as it stands in the source
 * @param score     retrieval score (BM25), higher is more relevant
 * @param passageId stable passage id, e.g. "appic-node-vs-python#12"
 * @param heading   the heading the passage stands under, or empty
 * @param side      the entity this passage supports in the verdict, or null
 */
public record Citation(int n, String doc, String title, String publisher, String passage, double score,
                       String passageId, String heading, String side) {
}
