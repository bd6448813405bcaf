package dev.stackbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain-BM25 reference: StandardAnalyzer over the paragraphs (lines) of the same sources, the
 * question's own tokens as SHOULD clauses, top 3 with their stored text. No understanding, no verdict.
 */
public final class Bm25Baseline {

    private static final String TEXT = "text";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;
    private final int paragraphs;

    private Bm25Baseline(IndexSearcher searcher, int paragraphs) {
        this.searcher = searcher;
        this.paragraphs = paragraphs;
    }

    /** Indexes every non-blank body line of {@code sources/*.md} under {@code knowledgeDir}. */
    public static Bm25Baseline over(Path knowledgeDir) {
        try (Stream<Path> files = Files.list(knowledgeDir.resolve("sources"))) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            int count = 0;
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    for (String paragraph : paragraphs(Files.readString(file))) {
                        Document document = new Document();
                        // stored: the baseline returns the text, as the engine's citations do
                        document.add(new TextField(TEXT, paragraph, Field.Store.YES));
                        writer.addDocument(document);
                        count++;
                    }
                }
            }
            return new Bm25Baseline(new IndexSearcher(DirectoryReader.open(directory)), count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body after the front matter, one paragraph per non-blank line (the sources put each paragraph on a line). */
    static List<String> paragraphs(String file) {
        String body = file;
        if (file.startsWith("---\n")) {
            int close = file.indexOf("\n---\n", 4);
            body = close < 0 ? "" : file.substring(close + 5);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return paragraphs;
    }

    /** The texts of the best three paragraphs for the question, best first. */
    public List<String> top3(String question) {
        try {
            Set<String> terms = new LinkedHashSet<>();
            try (TokenStream stream = analyzer.tokenStream(TEXT, question)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
            if (terms.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            terms.forEach(t -> query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
            TopDocs top = searcher.search(query.build(), 3);
            StoredFields stored = searcher.storedFields();
            List<String> texts = new ArrayList<>(3);
            for (ScoreDoc hit : top.scoreDocs) {
                texts.add(stored.document(hit.doc).get(TEXT));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int paragraphs() {
        return paragraphs;
    }
}
