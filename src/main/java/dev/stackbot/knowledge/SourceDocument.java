package dev.stackbot.knowledge;

/**
 * One source article: its metadata and its body exactly as written.
 *
 * @param id            stable id from the front matter
 * @param title         title
 * @param publisher     who published it
 * @param published     ISO date, or empty when the source gives none
 * @param kind          kind of source, e.g. vendor-blog
 * @param file          path relative to the knowledge directory
 * @param body          the text after the front matter, verbatim
 * @param bodyFirstLine line of the file on which the body starts (1-based)
 */
public record SourceDocument(String id, String title, String publisher, String published, String kind,
                             String file, String body, int bodyFirstLine) {
}
