package dev.stackbot.answer;

import dev.stackbot.knowledge.Evidence;

/**
 * One evidence quote of a rule together with the passage it stands in, resolved once when the
 * snapshot is built, so that no code has to pair a rule's quotes with passages by list position.
 *
 * @param quote   the rule's evidence quote
 * @param ordinal the ordinal of the citable passage that holds it
 */
public record EvidencePassage(Evidence quote, int ordinal) {

    /** The entity the quote supports, or null for a neutral quote. */
    public String side() {
        return quote.side();
    }
}
