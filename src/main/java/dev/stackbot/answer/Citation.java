package dev.stackbot.answer;

import dev.stackbot.knowledge.Erratum;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.passage.Passage;
import java.util.List;

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
 * @param errata    a maintainer's corrections of statements in the passage (the passage stays verbatim); often empty
 */
public record Citation(int n, String doc, String title, String publisher, String passage, double score,
                       String passageId, String heading, String side, List<Erratum> errata) {

    public Citation {
        errata = errata == null ? List.of() : List.copyOf(errata);
    }

    /**
     * The citation of a passage of a snapshot, numbered {@code n}, with every maintainer's correction that
     * applies to it: of its own source, and of any source whose identical passage was merged into it.
     */
    static Citation of(KnowledgeSnapshot snapshot, int n, int ordinal, double score, String side) {
        Passage passage = snapshot.passages().get(ordinal);
        Knowledge knowledge = snapshot.knowledge();
        var document = knowledge.document(passage.doc());
        List<Erratum> errata = new java.util.ArrayList<>(knowledge.errataFor(passage.doc(), passage.text()));
        for (String other : passage.alsoIn()) {
            String doc = other.substring(0, Math.max(0, other.indexOf('#')));
            knowledge.errataFor(doc, passage.text()).stream().filter(e -> !errata.contains(e)).forEach(errata::add);
        }
        return new Citation(n, passage.doc(), document.title(), document.publisher(), passage.text(),
                Math.round(score * 1000) / 1000.0, passage.id(), passage.heading(), side, errata);
    }

    /** A citation with no correction. */
    public Citation(int n, String doc, String title, String publisher, String passage, double score,
                    String passageId, String heading, String side) {
        this(n, doc, title, publisher, passage, score, passageId, heading, side, List.of());
    }
}
