package dev.stackbot.retrieval;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The search of one understood question, built once by {@link QueryBuilder} and used for every
 * search and score an answer makes. Its parts stay inside retrieval: callers only pass it on.
 */
public final class PreparedQuery {

    /** Null when the question has nothing to search for. */
    private final Query query;
    /** The entity ids a passage earns the subject bonus for. */
    private final List<String> subjects;

    PreparedQuery(Query query, List<String> subjects) {
        this.query = query;
        this.subjects = List.copyOf(subjects);
    }

    Query query() {
        return query;
    }

    List<String> subjects() {
        return subjects;
    }
}
