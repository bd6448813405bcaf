package dev.stackbot.retrieval;

import dev.stackbot.index.Fields;
import dev.stackbot.index.PassageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/** Scores passages for a {@link PreparedQuery}: BM25 plus a flat bonus for passages that name the subject. */
public final class Retriever {

    /** Flat score added to a passage that names the subject: about what one matched question word adds. */
    private static final float SUBJECT_BONUS = 1.5f;

    private final PassageIndex index;
    /** Per entity id, the passages that name it: for the subject bonus, computed once per snapshot. */
    private final Map<String, BitSet> mentioning = new ConcurrentHashMap<>();

    public Retriever(PassageIndex index) {
        this.index = index;
    }

    /**
     * A flat bonus for a passage that speaks of the subject: the entity's own term is in so many passages
     * that its BM25 weight is near zero, yet a passage about the other entity is a worse answer. It is
     * added after the search rather than as a query clause, which would make Lucene score every passage
     * naming the subject. (The text only: section titles such as "Node.js vs Python" name every entity.)
     */
    private float bonus(PreparedQuery prepared, int ordinal) {
        float bonus = 0;
        List<String> subjects = prepared.subjects();
        for (String subject : subjects) {
            if (mentioning.computeIfAbsent(subject, s -> index.passagesWith(Fields.TEXT, s)).get(ordinal)) {
                bonus += SUBJECT_BONUS / subjects.size();
            }
        }
        return bonus;
    }

    /** The best {@code n} passages for a prepared question, best first. */
    public List<Hit> search(PreparedQuery prepared, int n) {
        if (prepared.query() == null) {
            return List.of();
        }
        if (prepared.subjects().isEmpty()) {
            return run(prepared.query(), n);
        }
        // fetch more than asked, so that the subject bonus can lift a passage into the top n
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : run(prepared.query(), n * 2)) {
            hits.add(new Hit(hit.ordinal(), hit.score() + bonus(prepared, hit.ordinal())));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > n ? List.copyOf(hits.subList(0, n)) : hits;
    }

    /** BM25 scores (with the subject bonus) of the given passages for a prepared question; 0 where none of its terms match. */
    public Map<Integer, Float> scores(PreparedQuery prepared, Collection<Integer> ordinals) {
        Map<Integer, Float> scores = new HashMap<>();
        ordinals.forEach(o -> scores.put(o, 0f));
        Query query = prepared.query();
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
}
