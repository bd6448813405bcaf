package dev.stackbot.index;

import dev.stackbot.semantic.PassageVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passages' window embeddings in Lucene's HNSW graph, one document per window: a passage is as
 * close to a question as its closest window. Read-only once built, safe to share between threads.
 */
public final class VectorIndex {

    private static final Logger LOG = LoggerFactory.getLogger(VectorIndex.class);
    /** Windows fetched per passage wanted: a passage's several windows should not crowd others out. */
    private static final int WINDOWS_PER_PASSAGE = 3;

    private final String modelId;
    private final IndexSearcher searcher;
    /** Lucene doc id → passage ordinal, read once: every hit of every search needs it. */
    private final int[] ordinals;

    private VectorIndex(String modelId, DirectoryReader reader) {
        this.modelId = modelId;
        this.searcher = new IndexSearcher(reader);
        this.ordinals = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(Fields.ORDINAL);
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    ordinals[leaf.docBase + doc] = (int) values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes every window vector in memory; the vectors are unit length, so the dot product is their cosine. */
    public static VectorIndex build(PassageVectors vectors) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            write(vectors, directory);
            return new VectorIndex(vectors.modelId(), DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing vectors in memory failed", e);
        }
    }

    /**
     * The index of these vectors kept on disk under {@code dir}, named by a hash of the model and every
     * vector: a restart or a reload of unchanged knowledge opens the graph built before instead of building
     * it again (at 100,000 passages that is most of a start). It is built into a temporary directory and
     * moved into place, so a crash leaves no half index; graphs of other vectors are removed. When the
     * directory cannot be used, the index is built in memory, and that is logged.
     */
    public static VectorIndex open(PassageVectors vectors, Path dir) {
        Path target = dir.resolve("hnsw-" + vectors.contentKey());
        try {
            if (!Files.isDirectory(target)) {
                Files.createDirectories(dir);
                Path temp = Files.createTempDirectory(dir, "hnsw-building-");
                try (FSDirectory directory = FSDirectory.open(temp)) {
                    write(vectors, directory);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException movedByAnother) {
                    // another process built the same graph first: its copy serves, this one goes
                    deleteTree(temp);
                }
            }
            VectorIndex index = new VectorIndex(vectors.modelId(), DirectoryReader.open(FSDirectory.open(target)));
            removeOthers(dir, target);
            return index;
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("vector graph in {} cannot be used ({}); building it in memory", dir, e.toString());
            return build(vectors);
        }
    }

    private static void write(PassageVectors vectors, Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig();
        // one segment for the whole graph: a flush and a merge would build the graph twice
        config.setRAMBufferSizeMB(2048);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < vectors.size(); i++) {
                Document document = new Document();
                document.add(new NumericDocValuesField(Fields.ORDINAL, vectors.passageOf()[i]));
                document.add(new KnnFloatVectorField(Fields.VECTOR, vectors.vectors().get(i),
                        VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
            }
            // one segment: one graph to search instead of one per flushed segment
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static void removeOthers(Path dir, Path keep) {
        try (var entries = Files.list(dir)) {
            for (Path other : entries.filter(p -> p.getFileName().toString().startsWith("hnsw-") && !p.equals(keep)).toList()) {
                deleteTree(other);
            }
        } catch (IOException e) {
            LOG.debug("old vector graphs in {} stay: {}", dir, e.toString());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public String modelId() {
        return modelId;
    }

    /** The passages closest to a query vector, closest first: ordinal → cosine similarity of its closest window. */
    public Map<Integer, Float> nearest(float[] query, int passages) {
        return collapse(search(new KnnFloatVectorQuery(Fields.VECTOR, query, passages * WINDOWS_PER_PASSAGE),
                passages * WINDOWS_PER_PASSAGE), passages);
    }

    /** The similarity of each given passage to a query vector (its closest window); absent passages are left out. */
    public Map<Integer, Float> similarities(float[] query, Collection<Integer> passageOrdinals) {
        if (passageOrdinals.isEmpty()) {
            return Map.of();
        }
        long[] wanted = passageOrdinals.stream().mapToLong(Integer::longValue).distinct().toArray();
        Query only = NumericDocValuesField.newSlowSetQuery(Fields.ORDINAL, wanted);
        // a filter this small makes Lucene compare with every window it lets through: exact, not approximate
        int k = wanted.length * WINDOWS_PER_PASSAGE * 4;
        return collapse(search(new KnnFloatVectorQuery(Fields.VECTOR, query, k, only), k), wanted.length);
    }

    private TopDocs search(Query query, int n) {
        try {
            return searcher.search(query, Math.max(1, n));
        } catch (IOException e) {
            throw new UncheckedIOException("searching vectors in memory failed", e);
        }
    }

    private Map<Integer, Float> collapse(TopDocs top, int limit) {
        Map<Integer, Float> best = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            if (best.size() >= limit) {
                break;
            }
            // Lucene scores a dot product as (1 + cos) / 2; the callers reason in cosines
            best.putIfAbsent(ordinals[hit.doc], 2 * hit.score - 1);
        }
        return best;
    }

    /** Number of windows indexed. */
    public int size() {
        return ordinals.length;
    }

}
