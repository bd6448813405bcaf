package dev.stackbot.answer;

import java.util.List;

/**
 * What the serving knowledge holds: for `sources`, /sources, /help and the choices of /compare.
 *
 * @param version  knowledge version
 * @param stats    counts
 * @param entities entities in catalog order
 * @param aspects  aspects in catalog order
 * @param sources  documents in file order
 */
public record KnowledgeOverview(String version, KnowledgeStats stats, List<Named> entities, List<Named> aspects,
                                List<Source> sources) {

    public KnowledgeOverview {
        entities = List.copyOf(entities);
        aspects = List.copyOf(aspects);
        sources = List.copyOf(sources);
    }

    /** An id with its display name. */
    public record Named(String id, String name) {
    }

    /**
     * One source document.
     *
     * @param published ISO date or empty when the source gives none
     */
    public record Source(String id, String title, String publisher, String published, String kind, int passages) {
    }
}
