package dev.stackbot.answer;

import dev.stackbot.index.PassageIndex;
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

    private final KnowledgeLoader loader = new KnowledgeLoader();

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
        return new KnowledgeSnapshot(knowledge, passages, index, new QuestionReader(knowledge), new QueryBuilder(index),
                new Retriever(index), new KnownWords(index), new VerdictEngine(knowledge), evidence, overview(knowledge, passages),
                Duration.ofNanos(System.nanoTime() - start));
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
        Map<String, List<Integer>> byDoc = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            byDoc.computeIfAbsent(passages.get(i).doc(), d -> new ArrayList<>()).add(i);
        }
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
