package dev.stackbot.retrieval;

import dev.stackbot.index.Fields;
import dev.stackbot.index.PassageIndex;
import dev.stackbot.question.QuestionKind;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the BM25 query of an understood question from its topic words and aspect, not from its raw text. */
public final class QueryBuilder {

    /** The question's own words count most; the heading a passage stands under is weaker evidence. */
    private static final float HEADING_BOOST = 0.3f;
    /** The aspect's catalog terms find passages that use other words for the same thing ("scalable" for "scales"). */
    private static final float ASPECT_BOOST = 0.5f;
    /** Weight of a passage opening with the subject, for definition questions. */
    private static final float DEFINITION_BOOST = 1.5f;
    /** The words a definition uses for what a technology is ("a high-level language", "a runtime environment"). */
    private static final String DEFINITION_WORDS = "language runtime environment platform";
    /** Weight of the subject's own term: it only makes a question that is nothing but a name searchable. */
    private static final float SUBJECT_TERM = 0.3f;
    /** A question longer than this many distinct words gains nothing from the rest; it only costs time. */
    private static final int MAX_TERMS = 48;

    private final PassageIndex index;
    /** Analyzed catalog terms per aspect id: the same for every question, so analyzed once per snapshot. */
    private final Map<String, List<String>> aspectTerms = new ConcurrentHashMap<>();
    private final List<String> definitionTerms;

    public QueryBuilder(PassageIndex index) {
        this.index = index;
        this.definitionTerms = index.analyze(Fields.TEXT, DEFINITION_WORDS);
    }

    /** Builds the query of a question once; an answer's search and its evidence scores then share it. */
    public PreparedQuery build(UnderstoodQuestion question) {
        return new PreparedQuery(query(question), question.subjects());
    }

    private Query query(UnderstoodQuestion question) {
        Map<String, Float> words = new LinkedHashMap<>();
        for (String term : index.analyze(Fields.TEXT, String.join(" ", question.searchWords()))) {
            if (words.size() < MAX_TERMS) {
                words.merge(term, 1f, Float::sum);
            }
        }
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        words.forEach((term, weight) -> {
            main.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), weight), BooleanClause.Occur.SHOULD);
            main.add(new BoostQuery(new TermQuery(new Term(Fields.HEADING, term)), weight * HEADING_BOOST), BooleanClause.Occur.SHOULD);
        });
        int clauses = words.size();
        if (question.aspect() != null) {
            for (String term : aspectTerms.computeIfAbsent(question.aspect().id(), id -> analyzeAll(question.aspect().terms()))) {
                if (!words.containsKey(term)) {
                    main.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), ASPECT_BOOST), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        if (question.kind() == QuestionKind.DEFINITION) {
            // "What is Python?": a passage that opens with the name ("Python is a …") is most likely its definition
            for (String subject : question.subjects()) {
                main.add(new BoostQuery(new TermQuery(new Term(Fields.LEAD, subject)), DEFINITION_BOOST), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            // and it names what kind of thing it is
            for (String term : definitionTerms) {
                main.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), ASPECT_BOOST), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            // a question that is nothing but a name ("python?"): the name is all there is to search for
            for (String subject : question.subjects()) {
                main.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, subject)), SUBJECT_TERM), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        return main.build();
    }

    private List<String> analyzeAll(List<String> phrases) {
        List<String> terms = new ArrayList<>();
        for (String phrase : phrases) {
            terms.addAll(index.analyze(Fields.TEXT, phrase));
        }
        return List.copyOf(terms);
    }
}
