package dev.stackbot.knowledge;

/**
 * A verbatim quote that backs a rule.
 *
 * @param source document id
 * @param side   entity id the quote supports, or null for a neutral quote
 * @param quote  the exact text as it stands in the source
 * @param file   file the rule is written in
 * @param line   line of the quote in that file
 */
public record Evidence(String source, String side, String quote, String file, int line) {
}
