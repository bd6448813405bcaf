package dev.stackbot.answer;

import dev.stackbot.index.PassageIndex;
import dev.stackbot.index.VectorIndex;
import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.Claim;
import dev.stackbot.knowledge.Fact;
import dev.stackbot.question.AspectMeanings;
import dev.stackbot.semantic.Semantics;
import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Entity;
import dev.stackbot.knowledge.Evidence;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.KnowledgeError;
import dev.stackbot.knowledge.KnowledgeException;
import dev.stackbot.knowledge.KnowledgeLoader;
import dev.stackbot.knowledge.SourceDocument;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.passage.NearDuplicates;
import dev.stackbot.passage.Passage;
import dev.stackbot.passage.PassageSplitter;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.retrieval.KnownWords;
import dev.stackbot.retrieval.QueryBuilder;
import dev.stackbot.retrieval.Retriever;
import dev.stackbot.verdict.VerdictEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** Builds a {@link KnowledgeSnapshot} from a directory: knowledge → passages → index → rules, all checked. */
public final class SnapshotBuilder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotBuilder.class);

    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final Semantics semantics;
    /** The graph of the last build and its content key: read-only, so snapshots of unchanged vectors share it. */
    private VectorIndex lastGraph;
    private String lastGraphKey;

    /** A builder of lexical snapshots: no model, no vectors. */
    public SnapshotBuilder() {
        this(null);
    }

    /** @param semantics the process's embedding model and vector cache; null for lexical snapshots */
    public SnapshotBuilder(Semantics semantics) {
        this.semantics = semantics;
    }

    /** @throws KnowledgeException listing every error, when anything in the directory is wrong */
    public KnowledgeSnapshot build(Path dir) {
        long start = System.nanoTime();
        Knowledge knowledge = loader.load(dir);
        return build(knowledge, start);
    }

    /** Builds from knowledge already loaded (benchmarks and generated corpora start here). */
    public KnowledgeSnapshot build(Knowledge knowledge) {
        return build(knowledge, System.nanoTime());
    }

    private KnowledgeSnapshot build(Knowledge knowledge, long start) {
        Set<String> names = new HashSet<>();
        for (Entity entity : knowledge.entities()) {
            entity.names().forEach(name -> names.add(AliasKey.of(name)));
        }
        PassageSplitter splitter = new PassageSplitter(knowledge.promotional(), names);
        List<Passage> split = new ArrayList<>();
        for (SourceDocument document : knowledge.documents()) {
            split.addAll(splitter.split(document));
        }
        List<Passage> passages = NearDuplicates.merge(split);
        Map<String, List<EvidencePassage>> evidence = evidencePassages(knowledge, passages);
        PassageIndex index = PassageIndex.build(passages, knowledge.entities());
        FactIndex facts = factPassages(knowledge, passages, index);
        return new KnowledgeSnapshot(knowledge, passages, index, new QuestionReader(knowledge), new QueryBuilder(index),
                new Retriever(index), new KnownWords(index), new VerdictEngine(knowledge), evidence, overview(knowledge, passages),
                Duration.ofNanos(System.nanoTime() - start), semantic(knowledge, passages), facts);
    }

    /**
     * The vector graph of these windows: the last one built when they are unchanged (a reload of the same
     * knowledge shares it, and opens no new files), else one opened from or kept on disk.
     */
    private synchronized VectorIndex graph(dev.stackbot.semantic.PassageVectors windows) {
        String key = windows.contentKey();
        if (lastGraph != null && key.equals(lastGraphKey)) {
            return lastGraph;
        }
        lastGraph = semantics.graphDir() == null ? VectorIndex.build(windows) : VectorIndex.open(windows, semantics.graphDir());
        lastGraphKey = key;
        return lastGraph;
    }

    /** The vectors of the passages, of what each aspect means and of what each fact is about, with one pass through the vector cache. */
    private SemanticSnapshot semantic(Knowledge knowledge, List<Passage> passages) {
        if (semantics == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Aspect aspect : knowledge.aspects()) {
            List<String> meaning = AspectMeanings.texts(aspect);
            texts.addAll(meaning);
            counts.add(meaning.size());
        }
        for (Fact fact : knowledge.facts()) {
            List<String> asked = FactMeanings.askedTexts(knowledge, fact);
            List<String> quotes = FactMeanings.quoteTexts(fact);
            texts.addAll(asked);
            texts.addAll(quotes);
            counts.add(asked.size());
            counts.add(quotes.size());
        }
        List<String> conditions = RuleConditions.texts(knowledge.rules());
        texts.addAll(conditions);
        List<String> ruleQuotes = QuoteMeanings.texts(knowledge.rules());
        texts.addAll(ruleQuotes);
        Semantics.SnapshotVectors vectors = semantics.vectorsFor(passages, texts);
        List<List<float[]>> groups = new ArrayList<>();
        int at = 0;
        for (int count : counts) {
            groups.add(vectors.texts().subList(at, at + count));
            at += count;
        }
        int aspects = knowledge.aspects().size();
        List<List<float[]>> asked = new ArrayList<>();
        List<List<float[]>> quotes = new ArrayList<>();
        List<float[]> conditionVectors = vectors.texts().subList(at, at + conditions.size());
        List<float[]> quoteVectors = vectors.texts().subList(at + conditions.size(), at + conditions.size() + ruleQuotes.size());
        for (int i = aspects; i < groups.size(); i += 2) {
            asked.add(groups.get(i));
            quotes.add(groups.get(i + 1));
        }
        VectorIndex index = graph(vectors.windows());
        AspectMeanings meanings = AspectMeanings.distinct(knowledge.aspects(), groups.subList(0, aspects));
        if (!meanings.leftOut().isEmpty()) {
            LOG.info("{} aspect examples are as close to the overall choice as to their own aspect and are left out of"
                    + " its meaning (say the need, not the backend): {}", meanings.leftOut().size(), meanings.leftOut());
        }
        return new SemanticSnapshot(semantics, index, meanings,
                new FactMeanings(knowledge.facts(), asked, quotes), RuleConditions.of(knowledge.rules(), conditionVectors),
                QuoteMeanings.of(ruleQuotes, quoteVectors),
                centroid(vectors.windows().vectors()));
    }

    /** The normalized mean of the windows' vectors (a zero vector for a knowledge with no passages). */
    private static float[] centroid(List<float[]> windows) {
        if (windows.isEmpty()) {
            return new float[0];
        }
        float[] sum = new float[windows.get(0).length];
        for (float[] window : windows) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += window[i];
            }
        }
        return dev.stackbot.semantic.Vectors.normalized(sum);
    }

    private static KnowledgeOverview overview(Knowledge knowledge, List<Passage> passages) {
        Map<String, Integer> perDocument = new HashMap<>();
        passages.forEach(p -> perDocument.merge(p.doc(), 1, Integer::sum));
        List<KnowledgeOverview.Source> sources = knowledge.documents().stream().map(d -> new KnowledgeOverview.Source(
                d.id(), d.title(), d.publisher(), d.published(), d.kind(), perDocument.getOrDefault(d.id(), 0))).toList();
        KnowledgeStats stats = new KnowledgeStats(knowledge.documents().size(), passages.size(), knowledge.rules().size());
        return new KnowledgeOverview(knowledge.version(), stats,
                knowledge.entities().stream().map(e -> new KnowledgeOverview.Named(e.id(), e.name())).toList(),
                knowledge.aspects().stream().map(a -> new KnowledgeOverview.Named(a.id(), a.label())).toList(),
                sources);
    }

    /** Every evidence quote must sit inside one citable passage, or the rule could not show it. */
    private static Map<String, List<EvidencePassage>> evidencePassages(Knowledge knowledge, List<Passage> passages) {
        Map<String, List<Integer>> byDoc = byDocument(passages);
        List<KnowledgeError> errors = new ArrayList<>();
        Map<String, List<EvidencePassage>> result = new HashMap<>();
        for (VerdictRule rule : knowledge.rules()) {
            List<EvidencePassage> resolved = new ArrayList<>();
            for (Evidence quote : rule.evidence()) {
                int found = find(quote, passages, byDoc);
                if (found < 0) {
                    errors.add(new KnowledgeError(quote.file(), quote.line(), "quote is not inside one citable passage of "
                            + quote.source() + ": it spans two passages or stands in a promotional sentence"));
                } else {
                    resolved.add(new EvidencePassage(quote, found));
                }
            }
            result.put(rule.id(), List.copyOf(resolved));
        }
        if (!errors.isEmpty()) {
            throw new KnowledgeException(errors.stream().sorted().toList());
        }
        return result;
    }

    /** Every quote of a fact must sit inside one citable passage too, or the fact could not be shown with it. */
    private static FactIndex factPassages(Knowledge knowledge, List<Passage> passages, PassageIndex index) {
        Map<String, List<Integer>> byDoc = byDocument(passages);
        List<KnowledgeError> errors = new ArrayList<>();
        Map<String, List<List<Integer>>> claims = new HashMap<>();
        Map<Integer, List<Fact>> byPassage = new HashMap<>();
        for (Fact fact : knowledge.facts()) {
            List<List<Integer>> perClaim = new ArrayList<>();
            for (Claim claim : fact.claims()) {
                List<Integer> ordinals = new ArrayList<>();
                for (Evidence quote : claim.evidence()) {
                    int found = find(quote, passages, byDoc);
                    if (found < 0) {
                        errors.add(new KnowledgeError(quote.file(), quote.line(), "quote is not inside one citable passage of "
                                + quote.source() + ": it spans two passages, stands in a heading or a promotional sentence"));
                        continue;
                    }
                    ordinals.add(found);
                    List<Fact> quoted = byPassage.computeIfAbsent(found, o -> new ArrayList<>());
                    if (!quoted.contains(fact)) {
                        quoted.add(fact);
                    }
                }
                perClaim.add(List.copyOf(ordinals));
            }
            claims.put(fact.id(), List.copyOf(perClaim));
        }
        if (!errors.isEmpty()) {
            throw new KnowledgeException(errors.stream().sorted().toList());
        }
        Map<Integer, List<Fact>> frozen = new HashMap<>();
        byPassage.forEach((ordinal, facts) -> frozen.put(ordinal, List.copyOf(facts)));
        return new FactIndex(claims, frozen, FactFinder.of(knowledge.facts(), index, passages.size()));
    }

    /** Source id → the ordinals of its passages, in order: where a quote of that source is looked for first. */
    private static Map<String, List<Integer>> byDocument(List<Passage> passages) {
        Map<String, List<Integer>> byDoc = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            byDoc.computeIfAbsent(passages.get(i).doc(), d -> new ArrayList<>()).add(i);
        }
        return byDoc;
    }

    private static int find(Evidence quote, List<Passage> passages, Map<String, List<Integer>> byDoc) {
        for (int ordinal : byDoc.getOrDefault(quote.source(), List.of())) {
            if (passages.get(ordinal).text().contains(quote.quote())) {
                return ordinal;
            }
        }
        // the quote's own passage may have been merged into an identical one of another source
        for (int ordinal = 0; ordinal < passages.size(); ordinal++) {
            Passage passage = passages.get(ordinal);
            if (!passage.alsoIn().isEmpty() && passage.text().contains(quote.quote())
                    && passage.alsoIn().stream().anyMatch(id -> id.startsWith(quote.source() + "#"))) {
                return ordinal;
            }
        }
        return -1;
    }
}
