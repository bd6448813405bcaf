package dev.stackbot.answer;

import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.passage.Passage;
import dev.stackbot.question.Coverage;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.retrieval.Diversifier;
import dev.stackbot.retrieval.Hit;
import dev.stackbot.retrieval.PreparedQuery;
import dev.stackbot.verdict.Judgement;
import dev.stackbot.verdict.Verdict;
import dev.stackbot.verdict.VerdictKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns a question into an {@link Answer} on one snapshot: understand → retrieve → judge → cite → say. */
final class Answerer {

    /** Citations kept per answer: the first few are shown, "More sources" pages through the rest. */
    static final int MAX_CITATIONS = 9;
    /** Hits fetched per question: enough to fill the citations after diversity across sources. */
    private static final int SEARCH_DEPTH = 40;
    /** A question that names no technology must still be mostly made of words the sources use. */
    private static final double MIN_KNOWN_SHARE = 0.5;

    private Answerer() {
    }

    static Answer answer(KnowledgeSnapshot snapshot, String question, List<String> previousSubjects) {
        UnderstoodQuestion understood = snapshot.reader().read(question, previousSubjects);
        List<String> named = understood.inherited() ? List.of() : understood.subjects();
        // with no technology named, the words must be the sources' words, or it is not a question for them
        if (understood.coverage() == Coverage.COVERED && named.isEmpty()
                && snapshot.knownWords().share(understood) < MIN_KNOWN_SHARE) {
            understood = understood.withCoverage(Coverage.NO_TOPIC);
        }
        if (understood.coverage() != Coverage.COVERED) {
            return refusal(snapshot, understood);
        }
        Judgement judgement = snapshot.verdicts().judge(understood);
        UnderstoodQuestion about = understood.withSubjects(judgement.subjects());
        PreparedQuery query = snapshot.queries().build(about);
        List<Hit> found = snapshot.retriever().search(query, SEARCH_DEPTH);
        List<Hit> hits = Diversifier.diversify(found, snapshot.passages());
        boolean judged = judgement.verdict().kind() != VerdictKind.NONE;
        List<Citation> citations = judged
                ? citations(snapshot, evidenceFirst(snapshot, query, found, judgement), hits)
                : citations(snapshot, List.of(), hits);
        if (citations.isEmpty()) {
            return refusal(snapshot, understood.withCoverage(Coverage.NO_TOPIC));
        }
        String text = AnswerText.of(snapshot.knowledge(), about, named, judgement, citations);
        return answer(snapshot, about, judgement.verdict(), citations, text);
    }

    /** The rule's evidence passages: the strongest of each side first, then the rest, each ranked by BM25 for this question. */
    private static List<Sided> evidenceFirst(KnowledgeSnapshot snapshot, PreparedQuery query, List<Hit> found,
                                             Judgement judgement) {
        VerdictRule rule = judgement.rule();
        List<EvidencePassage> evidence = snapshot.evidence(rule);
        // the search already scored the evidence it found; only the rest needs a scorer of its own
        Map<Integer, Float> scores = new HashMap<>();
        for (Hit hit : found) {
            scores.put(hit.ordinal(), hit.score());
        }
        List<Integer> missing = evidence.stream().map(EvidencePassage::ordinal).filter(o -> !scores.containsKey(o))
                .distinct().toList();
        if (!missing.isEmpty()) {
            scores.putAll(snapshot.retriever().scores(query, missing));
        }
        List<Sided> all = new ArrayList<>();
        for (EvidencePassage passage : evidence) {
            all.add(new Sided(passage.ordinal(), scores.get(passage.ordinal()), passage.side()));
        }
        all.sort(Comparator.comparingDouble((Sided s) -> s.score()).reversed());
        List<String> sideOrder = new ArrayList<>();
        Verdict verdict = judgement.verdict();
        if (verdict.kind() == VerdictKind.DEPENDS) {
            sideOrder.add(null); // "it depends" is said by the neutral quotes: they lead
        }
        if (verdict.winner() != null) {
            sideOrder.add(verdict.winner());
        }
        verdict.support().keySet().stream().filter(s -> !sideOrder.contains(s)).forEach(sideOrder::add);
        List<Sided> ordered = new ArrayList<>();
        for (String side : sideOrder) {
            all.stream().filter(s -> Objects.equals(side, s.side())).findFirst().ifPresent(ordered::add);
        }
        all.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    /** A passage with its score and the side it supports (null for hits and neutral quotes). */
    record Sided(int ordinal, float score, String side) {
    }

    private static List<Citation> citations(KnowledgeSnapshot snapshot, List<Sided> evidence, List<Hit> hits) {
        Map<Integer, Sided> chosen = new LinkedHashMap<>();
        Set<String> texts = new LinkedHashSet<>();
        for (Sided sided : evidence) {
            if (chosen.size() < MAX_CITATIONS && texts.add(snapshot.passages().get(sided.ordinal()).text())) {
                chosen.putIfAbsent(sided.ordinal(), sided);
            }
        }
        for (Hit hit : hits) {
            if (chosen.size() >= MAX_CITATIONS) {
                break;
            }
            if (!chosen.containsKey(hit.ordinal()) && texts.add(snapshot.passages().get(hit.ordinal()).text())) {
                chosen.put(hit.ordinal(), new Sided(hit.ordinal(), hit.score(), null));
            }
        }
        List<Citation> citations = new ArrayList<>();
        Knowledge knowledge = snapshot.knowledge();
        for (Sided sided : chosen.values()) {
            Passage passage = snapshot.passages().get(sided.ordinal());
            var document = knowledge.document(passage.doc());
            citations.add(new Citation(citations.size() + 1, passage.doc(), document.title(), document.publisher(),
                    passage.text(), Math.round(sided.score() * 1000) / 1000.0, passage.id(), passage.heading(), sided.side()));
        }
        return citations;
    }

    private static Answer refusal(KnowledgeSnapshot snapshot, UnderstoodQuestion question) {
        String text = AnswerText.refusal(snapshot.knowledge(), question);
        Verdict verdict = Verdict.none(question.coverage() == Coverage.EMPTY
                ? "No question" : "Not covered by the sources");
        return new Answer(question.text(), false, List.of(), List.of(), null, null, question.kind().wire(), verdict,
                List.of(), text, snapshot.version());
    }

    private static Answer answer(KnowledgeSnapshot snapshot, UnderstoodQuestion question, Verdict verdict,
                                 List<Citation> citations, String text) {
        Knowledge knowledge = snapshot.knowledge();
        List<String> names = question.subjects().stream().map(knowledge::entityName).toList();
        String aspect = question.aspect() == null ? null : question.aspect().id();
        String label = question.aspect() == null ? null : question.aspect().label();
        return new Answer(question.text(), true, question.subjects(), names, aspect, label, question.kind().wire(),
                verdict, citations, text, snapshot.version());
    }

}
