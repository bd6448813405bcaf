package dev.stackbot.index;

import dev.stackbot.knowledge.Entity;
import dev.stackbot.passage.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory Lucene index over the passages of one snapshot; read-only once built, safe to share between threads. */
public final class PassageIndex {

    private static final int LEAD_WORDS = 1;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    /** Passage ordinal → Lucene doc id: segment merges may reorder documents, so it is read back, not assumed. */
    private final int[] docIds;
    /** Lucene doc id → passage ordinal, read once from the doc values: every hit of every answer needs it. */
    private final int[] ordinals;

    private PassageIndex(DirectoryReader reader, Analyzer queryAnalyzer) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.queryAnalyzer = queryAnalyzer;
        this.docIds = new int[reader.maxDoc()];
        this.ordinals = new int[reader.maxDoc()];
        for (int doc = 0; doc < docIds.length; doc++) {
            ordinals[doc] = readOrdinal(doc);
            docIds[ordinals[doc]] = doc;
        }
    }

    /** Indexes the passages in list order; a hit's ordinal is its position in that list. */
    public static PassageIndex build(List<Passage> passages, List<Entity> entities) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(AnalyzerFactory.forIndexing(entities));
            config.setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                Document document = new Document();
                NumericDocValuesField ordinal = new NumericDocValuesField(Fields.ORDINAL, 0);
                TextField text = new TextField(Fields.TEXT, "", Field.Store.NO);
                TextField heading = new TextField(Fields.HEADING, "", Field.Store.NO);
                TextField lead = new TextField(Fields.LEAD, "", Field.Store.NO);
                document.add(ordinal);
                document.add(text);
                document.add(heading);
                document.add(lead);
                for (int i = 0; i < passages.size(); i++) {
                    Passage passage = passages.get(i);
                    // one Document reused: Lucene copies the values on addDocument, and this halves allocation on big builds
                    ordinal.setLongValue(i);
                    text.setStringValue(passage.text());
                    heading.setStringValue(passage.heading());
                    lead.setStringValue(lead(passage.text()));
                    writer.addDocument(document);
                }
                writer.commit();
            }
            return new PassageIndex(DirectoryReader.open(directory), AnalyzerFactory.forSearching(entities));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing in memory failed", e);
        }
    }

    /** The opening word of a text, whole ("Node.js" of "Node.js is …"). */
    static String lead(String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && ++words == LEAD_WORDS) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** The passage ordinal of a Lucene document id from a hit. */
    public int ordinal(int docId) {
        return ordinals[docId];
    }

    private int readOrdinal(int docId) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(Fields.ORDINAL);
            if (values == null || !values.advanceExact(docId - leaf.docBase)) {
                throw new IllegalStateException("passage without ordinal: " + docId);
            }
            return (int) values.longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene doc id of a passage ordinal (the inverse of {@link #ordinal}). */
    public int docId(int ordinal) {
        return docIds[ordinal];
    }

    /** The terms the query analyzer makes of a text, in order. */
    public List<String> analyze(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = queryAnalyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
        return terms;
    }

    /** The ordinals of the passages whose {@code field} contains {@code term}. */
    public java.util.BitSet passagesWith(String field, String term) {
        java.util.BitSet ordinals = new java.util.BitSet(docIds.length);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.PostingsEnum postings = leaf.reader().postings(new Term(field, term));
                if (postings == null) {
                    continue;
                }
                for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        doc = postings.nextDoc()) {
                    ordinals.set(ordinal(leaf.docBase + doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ordinals;
    }

    /**
     * Whether a term one edit away (a typo: a letter wrong, missing, extra or swapped) with the same first
     * letter, or one the term begins (an abbreviation: "req" of "request"), is in some passage's text. Terms
     * shorter than {@link #MIN_MISSPELT} are too short to tell a typo from another word, and shorter than
     * {@link #MIN_ABBREVIATION} to tell an abbreviation. Read from the terms dictionary alone: whether one such
     * term exists, never which passages hold it.
     */
    public boolean hasNear(String term) {
        try {
            Term t = new Term(Fields.TEXT, term);
            org.apache.lucene.search.FuzzyQuery typo = new org.apache.lucene.search.FuzzyQuery(t, 1, 1);
            org.apache.lucene.util.BytesRef prefix = new org.apache.lucene.util.BytesRef(term);
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(Fields.TEXT);
                if (terms == null) {
                    continue;
                }
                if (term.length() >= MIN_MISSPELT && typo.getTermsEnum(terms).next() != null) {
                    return true;
                }
                org.apache.lucene.index.TermsEnum all = terms.iterator();
                if (term.length() >= MIN_ABBREVIATION && all.seekCeil(prefix) != org.apache.lucene.index.TermsEnum.SeekStatus.END
                        && org.apache.lucene.util.StringHelper.startsWith(all.term(), prefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shortest term {@link #hasNear} reads a typo in. */
    private static final int MIN_MISSPELT = 4;
    /** The shortest term {@link #hasNear} reads an abbreviation in: fewer letters begin too many words. */
    private static final int MIN_ABBREVIATION = 3;

    /** How many passages contain the term in the text field. */
    public int docFreq(String term) {
        try {
            return reader.docFreq(new Term(Fields.TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
