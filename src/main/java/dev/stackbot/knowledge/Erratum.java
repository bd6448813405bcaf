package dev.stackbot.knowledge;

/**
 * A maintainer's note that a verbatim statement of a source is wrong, with the correction and where it comes from.
 * The quote stays citable as what the source says; the erratum is shown beside it.
 *
 * @param source     document id
 * @param quote      the disputed text, verbatim in that source's body
 * @param correction what is right, in the maintainer's words
 * @param reference  where the correction comes from (a reputable, named reference)
 * @param file       file the erratum is written in
 * @param line       line of the quote in that file
 */
public record Erratum(String source, String quote, String correction, String reference, String file, int line) {

    /** Whether this erratum concerns the given passage text of the given source. */
    public boolean appliesTo(String passageSource, String passageText) {
        return source.equals(passageSource) && passageText != null && passageText.contains(quote);
    }
}
