package dev.stackbot.knowledge;

/**
 * A verbatim quote that backs a rule or a fact's claim.
 *
 * @param source document id
 * @param side   entity id the quote supports, or null for a neutral quote (a claim's quotes are neutral)
 * @param quote  the exact text as it stands in the source
 * @param file   file the rule or fact is written in
 * @param line   line of the quote in that file
 * @param states whether the quote states the case in which its side wins ("Node.js can reduce server costs
 *               for high-concurrency, real-time applications"): in a {@code depends} rule, a question clearly in
 *               that case gets that side
 */
public record Evidence(String source, String side, String quote, String file, int line, boolean states) {

    /** A quote that states no case. */
    public Evidence(String source, String side, String quote, String file, int line) {
        this(source, side, quote, file, line, false);
    }
}
