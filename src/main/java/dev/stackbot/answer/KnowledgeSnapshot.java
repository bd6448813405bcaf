package dev.stackbot.answer;

import dev.stackbot.index.PassageIndex;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.passage.Passage;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.retrieval.KnownWords;
import dev.stackbot.retrieval.QueryBuilder;
import dev.stackbot.retrieval.Retriever;
import dev.stackbot.verdict.VerdictEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything one valid knowledge directory becomes, built once and never changed: a question
 * is answered entirely from one snapshot, so a reload can never mix two.
 *
 * @param queries  builds each question's query once; keeps the analyzed aspect terms of this knowledge
 * @param retriever searches and scores passages; keeps which passages name each entity
 * @param evidence rule id → each of its evidence quotes with the passage that holds it, in evidence order
 * @param overview what the snapshot holds, for /help, /sources and autocomplete: built once, asked for often
 * @param buildTime how long loading, splitting and indexing took
 * @param semantic  the passages' vectors and the aspects' meanings; null when the engine answers lexically
 * @param facts     the knowledge's facts with the passages their quotes stand in
 */
public record KnowledgeSnapshot(Knowledge knowledge, List<Passage> passages, PassageIndex index,
                                QuestionReader reader, QueryBuilder queries, Retriever retriever,
                                KnownWords knownWords, VerdictEngine verdicts,
                                Map<String, List<EvidencePassage>> evidence, KnowledgeOverview overview, Duration buildTime,
                                SemanticSnapshot semantic, FactIndex facts) {

    public KnowledgeSnapshot {
        passages = List.copyOf(passages);
        evidence = Map.copyOf(evidence);
    }

    /** The rule's evidence quotes with their passages, in evidence order. */
    public List<EvidencePassage> evidence(VerdictRule rule) {
        return evidence.getOrDefault(rule.id(), List.of());
    }

    public String version() {
        return knowledge.version();
    }

    public KnowledgeStats stats() {
        return overview.stats();
    }
}
