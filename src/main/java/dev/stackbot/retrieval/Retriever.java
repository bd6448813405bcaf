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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

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
    /** Analyzed catalog terms per aspect id: the same for every question, so analyzed once per snapshot. */
    private final Map<String, List<String>> aspectTerms = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> definitionTerms;
    /** Per entity id, the passages that name it: for the subject bonus, computed once per snapshot. */
    private final Map<String, java.util.BitSet> mentioning = new java.util.concurrent.ConcurrentHashMap<>();

    public Retriever(PassageIndex index, List<Passage> passages) {
        this.index = index;
        this.passages = List.copyOf(passages);
        this.definitionTerms = index.analyze(Fields.TEXT, DEFINITION_WORDS);
    }

    private List<String> analyzeAll(List<String> phrases) {
        List<String> terms = new ArrayList<>();
        for (String phrase : phrases) {
            terms.addAll(index.analyze(Fields.TEXT, phrase));
        }
        return List.copyOf(terms);
    }

    /** The Lucene query of one understood question, built once and used for every search an answer makes. */
    public static final class Prepared {
        private final Query query;
        private final List<String> subjects;

        private Prepared(Query query, List<String> subjects) {
            this.query = query;
            this.subjects = subjects;
        }
    }

    /** Builds the query of a question; an answer's search and its evidence scores then share it. */
    public Prepared prepare(UnderstoodQuestion question) {
        return new Prepared(query(question), question.subjects());
    }

    /**
     * A flat bonus for a passage that speaks of the subject: the entity's own term is in so many passages
     * that its BM25 weight is near zero, yet a passage about the other entity is a worse answer. It is
     * added after the search rather than as a query clause, which would make Lucene score every passage
     * naming the subject. (The text only: section titles such as "Node.js vs Python" name every entity.)
     */
    private float bonus(Prepared prepared, int ordinal) {
        float bonus = 0;
        for (String subject : prepared.subjects) {
            if (mentioning.computeIfAbsent(subject, s -> index.passagesWith(Fields.TEXT, s)).get(ordinal)) {
                bonus += SUBJECT_BONUS / prepared.subjects.size();
            }
        }
        return bonus;
    }

    /** The best {@code n} passages for the question, best first. */
    public List<Hit> search(UnderstoodQuestion question, int n) {
        return search(prepare(question), n);
    }

    /** The best {@code n} passages for a prepared question, best first. */
    public List<Hit> search(Prepared prepared, int n) {
        if (prepared.query == null) {
            return List.of();
        }
        if (prepared.subjects.isEmpty()) {
            return run(prepared.query, n);
        }
        // fetch more than asked, so that the subject bonus can lift a passage into the top n
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : run(prepared.query, n * 2)) {
            hits.add(new Hit(hit.ordinal(), hit.score() + bonus(prepared, hit.ordinal())));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > n ? List.copyOf(hits.subList(0, n)) : hits;
    }

    /** BM25 scores (with the subject bonus) of the given passages for a prepared question; 0 where none of its terms match. */
    public Map<Integer, Float> scores(Prepared prepared, Collection<Integer> ordinals) {
        Map<Integer, Float> scores = new HashMap<>();
        ordinals.forEach(o -> scores.put(o, 0f));
        Query query = prepared.query;
        if (query == null || ordinals.isEmpty()) {
            return scores;
        }
        try {
            // advance one scorer to each wanted passage: a search filtered to them costs as much as a full search
            IndexSearcher searcher = index.searcher();
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
            int[] docs = ordinals.stream().mapToInt(index::docId).sorted().distinct().toArray();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = null;
            Scorer scorer = null;
            for (int doc : docs) {
                LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
                if (at != leaf) {
                    leaf = at;
                    scorer = weight.scorer(leaf);
                }
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator iterator = scorer.iterator();
                int target = doc - leaf.docBase;
                int current = iterator.docID() < target ? iterator.advance(target) : iterator.docID();
                if (current == target) {
                    int ordinal = index.ordinal(doc);
                    scores.put(ordinal, scorer.score() + bonus(prepared, ordinal));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching in memory failed", e);
        } catch (IndexSearcher.TooManyClauses e) {
            return scores;
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
        // a hit's value changes only when a passage of its own source is chosen, so values are kept and
        // updated then, instead of looking every source up again for every pair (it was 8% of an answer)
        int n = hits.size();
        String[] docs = new String[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            docs[i] = passages.get(hits.get(i).ordinal()).doc();
            values[i] = hits.get(i).score();
        }
        boolean[] taken = new boolean[n];
        List<Hit> ordered = new ArrayList<>(n);
        Map<String, Integer> used = new HashMap<>();
        for (int round = 0; round < n; round++) {
            int best = -1;
            double bestValue = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || values[i] > bestValue)) {
                    bestValue = values[i];
                    best = i;
                }
            }
            taken[best] = true;
            ordered.add(hits.get(best));
            int times = used.merge(docs[best], 1, Integer::sum);
            double weight = Math.pow(SAME_SOURCE_DISCOUNT, times);
            for (int i = 0; i < n; i++) {
                if (!taken[i] && docs[i].equals(docs[best])) {
                    values[i] = hits.get(i).score() * weight;
                }
            }
        }
        return ordered;
    }
}
