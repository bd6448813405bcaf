package dev.stackbot.index;

/** Names of the Lucene fields of a passage: one place, so indexing and searching never disagree. */
public final class Fields {

    /** Position of the passage in the snapshot's passage list; doc values only, to map hits back without stored fields. */
    public static final String ORDINAL = "ordinal";
    /** Passage text, analyzed: what BM25 ranks. Not stored: the verbatim text lives in the Passage record. */
    public static final String TEXT = "text";
    /** The heading above the passage, analyzed: weaker evidence of topic than the text itself. */
    public static final String HEADING = "heading";
    /** The first word of the passage, analyzed: a passage that opens with a name ("Python is a …") tends to define it. */
    public static final String LEAD = "lead";

    /** The embedding of a window of a passage, in the vector index (one document per window, never stored). */
    public static final String VECTOR = "vector";

    private Fields() {
    }
}
