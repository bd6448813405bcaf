package dev.stackbot.retrieval;

import dev.stackbot.index.Fields;
import dev.stackbot.index.PassageIndex;
import dev.stackbot.passage.Passage;
import dev.stackbot.question.QuestionKind;
import dev.stackbot.question.UnderstoodQuestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** BM25 over passages with a query built from the understood question, not from its raw text. */
public final class Retriever {

    /** The question's own words count most; the heading a passage stands under is weaker evidence. */
    private static final float HEADING_BOOST = 0.3f;
    /** The aspect's catalog terms find passages that use other words for the same thing ("scalable" for "scales"). */
    private static final float ASPECT_BOOST = 0.5f;
    /** Weight of each further passage from a source already cited, when ordering hits. */
    private static final double SAME_SOURCE_DISCOUNT = 0.8;
    /** Weight of a passage opening with the subject, for definition questions. */
    private static final float DEFINITION_BOOST = 1.5f;
    /** The words a definition uses for what a technology is ("a high-level language", "a runtime environment"). */
    private static final String DEFINITION_WORDS = "language runtime environment platform";
    /** Weight of the subject's own term: it only makes a question that is nothing but a name searchable. */
    private static final float SUBJECT_TERM = 0.3f;
    /** Flat score added to a passage that names the subject: about what one matched question word adds. */
    private static final float SUBJECT_BONUS = 1.5f;

    /** A question longer than this many distinct words gains nothing from the rest; it only costs time. */
    private static final int MAX_TERMS = 48;

    private final PassageIndex index;
    private final List<Passage> passages;

    public Retriever(PassageIndex index, List<Passage> passages) {
        this.index = index;
        this.passages = List.copyOf(passages);
    }

    /** The best {@code n} passages for the question, best first. */
    public List<Hit> search(UnderstoodQuestion question, int n) {
        Query query = query(question);
        if (query == null) {
            return List.of();
        }
        return run(query, n);
    }

    /** BM25 scores of the given passages for this question (0 for a passage that matches none of its terms). */
    public Map<Integer, Float> scores(UnderstoodQuestion question, Collection<Integer> ordinals) {
        Map<Integer, Float> scores = new HashMap<>();
        ordinals.forEach(o -> scores.put(o, 0f));
        Query query = query(question);
        if (query == null || ordinals.isEmpty()) {
            return scores;
        }
        long[] wanted = ordinals.stream().mapToLong(Integer::longValue).toArray();
        Query restricted = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(NumericDocValuesField.newSlowSetQuery(Fields.ORDINAL, wanted), BooleanClause.Occur.FILTER)
                .build();
        for (Hit hit : run(restricted, wanted.length)) {
            if (scores.containsKey(hit.ordinal())) {
                scores.put(hit.ordinal(), hit.score());
            }
        }
        return scores;
    }

    /**
     * Share of the question's search words that the knowledge knows: words that signalled its
     * aspect, or words found in some passage (1 when it has no search words: nothing in it is unknown).
     */
    public double knownWordShare(UnderstoodQuestion question) {
        int total = 0;
        int known = 0;
        for (String word : question.searchWords()) {
            List<String> terms = index.analyze(Fields.TEXT, word);
            if (terms.isEmpty()) {
                continue;
            }
            total++;
            boolean signal = question.aspectWords().contains(word.toLowerCase(java.util.Locale.ROOT));
            if (signal || terms.stream().allMatch(t -> index.docFreq(t) > 0)) {
                known++;
            }
        }
        // no topic words at all ("which one would you pick?") leaves nothing unknown
        return total == 0 ? 1 : (double) known / total;
    }

    private Query query(UnderstoodQuestion question) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String term : index.analyze(Fields.TEXT, String.join(" ", question.searchWords()))) {
            if (weights.size() < MAX_TERMS) {
                weights.merge(term, 1f, Float::sum);
            }
        }
        if (question.aspect() != null) {
            for (String phrase : question.aspect().terms()) {
                for (String term : index.analyze(Fields.TEXT, phrase)) {
                    weights.putIfAbsent(term, ASPECT_BOOST);
                }
            }
        }
        for (String subject : question.subjects()) {
            weights.putIfAbsent(subject, SUBJECT_TERM);
        }
        if (weights.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (question.kind() == QuestionKind.DEFINITION) {
            // "What is Python?": a passage that opens with the name ("Python is a …") is most likely its definition
            for (String subject : question.subjects()) {
                builder.add(new BoostQuery(new TermQuery(new Term(Fields.LEAD, subject)), DEFINITION_BOOST), BooleanClause.Occur.SHOULD);
            }
            // and it names what kind of thing it is
            for (String term : index.analyze(Fields.TEXT, DEFINITION_WORDS)) {
                builder.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), ASPECT_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        for (String subject : question.subjects()) {
            // a flat bonus for passages that speak of the subject: the entity's own term is in so many
            // passages that its BM25 weight is near zero, yet a passage about the other entity is a worse answer
            // (the text only: section titles such as "Node.js vs Python" name every entity)
            Query mentions = new TermQuery(new Term(Fields.TEXT, subject));
            builder.add(new BoostQuery(new ConstantScoreQuery(mentions), SUBJECT_BONUS / question.subjects().size()),
                    BooleanClause.Occur.SHOULD);
        }
        weights.forEach((term, weight) -> {
            builder.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), weight), BooleanClause.Occur.SHOULD);
            builder.add(new BoostQuery(new TermQuery(new Term(Fields.HEADING, term)), weight * HEADING_BOOST), BooleanClause.Occur.SHOULD);
        });
        return builder.build();
    }

    private List<Hit> run(Query query, int n) {
        try {
            IndexSearcher searcher = index.searcher();
            TopDocs top = searcher.search(query, Math.max(1, n));
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                hits.add(new Hit(index.ordinal(doc.doc), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching in memory failed", e);
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        }
    }

    /**
     * Reorders hits so that the first ones tend to come from different sources: each further
     * passage of a source already chosen counts for a little less, so one source fills the top
     * only when it is clearly better.
     */
    public List<Hit> diversify(List<Hit> hits) {
        List<Hit> remaining = new ArrayList<>(hits);
        List<Hit> ordered = new ArrayList<>(hits.size());
        Map<String, Integer> used = new HashMap<>();
        while (!remaining.isEmpty()) {
            int best = 0;
            double bestValue = -1;
            for (int i = 0; i < remaining.size(); i++) {
                Hit hit = remaining.get(i);
                int times = used.getOrDefault(passages.get(hit.ordinal()).doc(), 0);
                double value = hit.score() * Math.pow(SAME_SOURCE_DISCOUNT, times);
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            Hit chosen = remaining.remove(best);
            used.merge(passages.get(chosen.ordinal()).doc(), 1, Integer::sum);
            ordered.add(chosen);
        }
        return ordered;
    }
}
