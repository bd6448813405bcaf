package dev.stackbot.answer;

import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.Erratum;
import dev.stackbot.knowledge.Fact;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.passage.Passage;
import dev.stackbot.question.Coverage;
import dev.stackbot.question.NeedFinder;
import dev.stackbot.question.QuestionKind;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.retrieval.Diversifier;
import dev.stackbot.retrieval.Hit;
import dev.stackbot.retrieval.RankFusion;
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

/**
 * Turns a question into an {@link Answer} on one snapshot: understand (names, needs by words and by
 * meaning) → retrieve (lexical and semantic, fused) → decide coverage once → judge or state the facts →
 * cite → say.
 */
final class Answerer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Answerer.class);
    /** Citations kept per answer: the first few are shown, "More sources" pages through the rest. */
    static final int MAX_CITATIONS = 9;
    /** Hits fetched per question and per ranking: enough to fill the citations after diversity across sources. */
    private static final int SEARCH_DEPTH = 40;
    /** Hits whose quoted facts a fact question may be answered with. */
    private static final int FACT_DEPTH = 3;
    /** A word in at most one passage in this many is specific enough to name a fact by itself. */
    private static final int RARE_SHARE = 20;

    private Answerer() {
    }

    static Answer answer(KnowledgeSnapshot snapshot, String question, List<String> previousSubjects) {
        UnderstoodQuestion understood = snapshot.reader().read(question, previousSubjects);
        List<String> named = understood.inherited() ? List.of() : understood.subjects();
        if (understood.coverage() == Coverage.EMPTY || understood.coverage() == Coverage.FOREIGN) {
            return refusal(snapshot, understood);
        }
        // in a channel about one pair, people don't repeat the names: a question naming none is about the
        // only pair the knowledge compares (the rules judge it so); with several pairs, ask which
        List<List<String>> pairs = snapshot.verdicts().pairs();
        if (understood.subjects().isEmpty() && pairs.size() > 1) {
            return whichPair(snapshot, understood, pairs);
        }
        SemanticSnapshot semantic = snapshot.semantic();
        float[] vector = semantic == null ? null : semantic.semantics().question(understood.text());
        Map<Integer, Float> near = vector == null ? Map.of() : semantic.vectors().nearest(vector, SEARCH_DEPTH);
        List<Aspect> needs = needs(snapshot, understood, vector);
        UnderstoodQuestion about = needs.isEmpty() ? understood : understood.withAspect(needs.get(0));

        PreparedQuery query = snapshot.queries().build(about);
        List<Hit> lexical = snapshot.retriever().search(query, SEARCH_DEPTH);
        List<Hit> found = near.isEmpty() ? lexical : RankFusion.fuse(lexical, List.copyOf(near.keySet()));
        List<Hit> hits = Diversifier.diversify(found, snapshot.passages());

        CoverageCheck.Signals signals = new CoverageCheck.Signals(snapshot.knownWords().share(about), !hits.isEmpty(),
                semantic == null ? null : closeness(semantic, vector, near),
                semantic == null || understood.aspect() == null ? null : closenessTo(semantic, vector, understood.aspect()));
        Coverage coverage = CoverageCheck.decide(understood, named, signals);
        LOG.debug("coverage {} of a question of {} chars: {}", coverage, understood.text().length(), signals);
        if (coverage != Coverage.COVERED) {
            return refusal(snapshot, understood.withCoverage(coverage));
        }
        about = about.withCoverage(Coverage.COVERED);

        if (!about.kind().wantsVerdict()) {
            Fact fact = factFor(snapshot, about, named, hits);
            if (fact != null) {
                return factAnswer(snapshot, about, fact, hits);
            }
            if (about.kind() == QuestionKind.FACT && about.aspect() != null && named.size() != 1 && pairs.size() == 1) {
                // "we run a live streaming platform, thinking about what to write the backend in": no fact is
                // asked for, no single technology either; in a channel about one pair that is the choice
                about = about.withKind(QuestionKind.CHOICE);
            }
        }
        List<Judgement> judgements = new ArrayList<>();
        for (Aspect need : needs.isEmpty() ? java.util.Collections.<Aspect>singletonList(about.aspect()) : needs) {
            judgements.add(snapshot.verdicts().judge(about.withAspect(need)));
        }
        Judgement judgement = combined(snapshot, about, judgements, needs);
        about = about.withSubjects(judgement.subjects());
        List<Sided> evidence = new ArrayList<>();
        if (judgement.rule() == null && judgement.verdict().kind() == VerdictKind.DEPENDS) {
            // two needs, two winners: the sources' own "it depends" / "use both" quotes lead, then each need's
            evidence.addAll(overallNeutral(snapshot, about, query, vector, found));
        }
        if (judgement.verdict().kind() != VerdictKind.NONE) {
            for (Judgement part : judgements) {
                if (part.rule() != null && part.verdict().kind() != VerdictKind.NONE) {
                    evidence.add(null); // a marker between the parts' evidence: see interleave
                    evidence.addAll(evidenceFirst(snapshot, query, vector, found, part));
                }
            }
        }
        List<Citation> citations = citations(snapshot, interleave(evidence), hits);
        if (citations.isEmpty()) {
            return refusal(snapshot, understood.withCoverage(Coverage.NO_TOPIC));
        }
        String text = AnswerText.of(snapshot.knowledge(), about, named, judgement, citations);
        return answer(snapshot, about, judgement.verdict(), citations, text);
    }

    /** The aspects the question needs: by words alone when lexical, by words and meaning otherwise. */
    private static List<Aspect> needs(KnowledgeSnapshot snapshot, UnderstoodQuestion question, float[] vector) {
        if (vector == null) {
            return question.aspect() == null ? List.of() : List.of(question.aspect());
        }
        SemanticSnapshot semantic = snapshot.semantic();
        return new NeedFinder(snapshot.reader(), semantic.aspects(), semantic.semantics()::question).needs(question, vector);
    }

    /** How close the question is to the meaning of one aspect. */
    private static Float closenessTo(SemanticSnapshot semantic, float[] vector, Aspect aspect) {
        return semantic.aspects().rank(vector).stream().filter(c -> c.aspect().equals(aspect)).findFirst()
                .map(c -> c.similarity()).orElse(null);
    }

    /** How close the question is to the knowledge by meaning: to its closest passage, or to an aspect's meaning. */
    private static float closeness(SemanticSnapshot semantic, float[] vector, Map<Integer, Float> near) {
        float passage = near.values().stream().findFirst().orElse(-1f);
        float aspect = semantic.aspects().rank(vector).stream().filter(c -> !c.aspect().fallback())
                .findFirst().map(c -> c.similarity()).orElse(-1f);
        return Math.max(passage, aspect);
    }

    /**
     * One judgement for the question: its only need's, or — for two needs whose rules favor different
     * technologies — "it depends", naming each need's winner.
     */
    private static Judgement combined(KnowledgeSnapshot snapshot, UnderstoodQuestion question, List<Judgement> parts,
                                      List<Aspect> needs) {
        Judgement first = parts.get(0);
        if (parts.size() < 2) {
            return first;
        }
        Judgement second = parts.get(1);
        Verdict a = first.verdict();
        Verdict b = second.verdict();
        if (a.kind() != VerdictKind.FAVORS || b.kind() != VerdictKind.FAVORS || a.winner().equals(b.winner())) {
            return a.kind() == VerdictKind.NONE && b.kind() != VerdictKind.NONE ? second : first;
        }
        Knowledge knowledge = snapshot.knowledge();
        String summary = "It depends \u2014 " + knowledge.entityName(a.winner()) + " for " + needs.get(0).label() + ", "
                + knowledge.entityName(b.winner()) + " for " + needs.get(1).label();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        for (Judgement part : List.of(first, second)) {
            part.rule().evidence().stream().filter(e -> e.side() != null)
                    .forEach(e -> sources.computeIfAbsent(e.side(), s -> new LinkedHashSet<>()).add(e.source()));
        }
        Map<String, Integer> support = new LinkedHashMap<>();
        for (String side : first.subjects()) {
            support.put(side, sources.getOrDefault(side, Set.of()).size());
        }
        Verdict verdict = new Verdict(VerdictKind.DEPENDS, null, summary, first.rule().id() + "+" + second.rule().id(), support);
        return new Judgement(verdict, null, first.subjects(), List.of(new Judgement.Need(needs.get(0).label(), a.winner()),
                new Judgement.Need(needs.get(1).label(), b.winner())));
    }

    /** The neutral quotes of the overall rule of the pair (the fallback aspect's), ranked for the question, as one part. */
    private static List<Sided> overallNeutral(KnowledgeSnapshot snapshot, UnderstoodQuestion question, PreparedQuery query,
                                              float[] vector, List<Hit> found) {
        Aspect overall = snapshot.knowledge().aspects().stream().filter(Aspect::fallback).findFirst().orElse(null);
        if (overall == null) {
            return List.of();
        }
        Judgement judged = snapshot.verdicts().judge(question.withAspect(overall));
        if (judged.rule() == null) {
            return List.of();
        }
        List<Sided> neutral = new ArrayList<>();
        neutral.add(null);
        evidenceFirst(snapshot, query, vector, found, judged).stream().filter(s -> s.side() == null).forEach(neutral::add);
        return neutral.size() > 1 ? neutral : List.of();
    }

    /** The parts' evidence taken in turn, so that the strongest quotes of every need come first. */
    private static List<Sided> interleave(List<Sided> marked) {
        List<List<Sided>> parts = new ArrayList<>();
        for (Sided sided : marked) {
            if (sided == null) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(sided);
            }
        }
        List<Sided> ordered = new ArrayList<>();
        for (int i = 0; parts.stream().anyMatch(p -> !p.isEmpty()); i++) {
            for (List<Sided> part : parts) {
                if (!part.isEmpty()) {
                    ordered.add(part.remove(0));
                }
            }
        }
        return ordered;
    }

    /**
     * The rule's evidence passages: the strongest of each side first, then the rest, each ranked for this
     * question by BM25 and, with the semantic layer, by meaning too (the two ranks fused).
     */
    private static List<Sided> evidenceFirst(KnowledgeSnapshot snapshot, PreparedQuery query, float[] vector,
                                             List<Hit> found, Judgement judgement) {
        VerdictRule rule = judgement.rule();
        List<EvidencePassage> evidence = snapshot.evidence(rule);
        Map<Integer, Float> scores = new HashMap<>();
        List<Integer> missing = evidence.stream().map(EvidencePassage::ordinal).distinct().toList();
        scores.putAll(snapshot.retriever().scores(query, missing));
        if (vector != null) {
            Map<Integer, Float> meaning = snapshot.semantic().vectors().similarities(vector, missing);
            scores = RankFusion.fuseScores(missing, scores, meaning);
        }
        List<Sided> all = new ArrayList<>();
        for (EvidencePassage passage : evidence) {
            all.add(new Sided(passage.ordinal(), scores.getOrDefault(passage.ordinal(), 0f), passage.side()));
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

    /**
     * The fact a fact question asks for, about a technology it names (any, when it names none): the one
     * whose "asked as" words the question uses most, else, of a named technology, the one quoted in the
     * best-ranked of the first few passages. Without either, the question gets passages, not a fact.
     */
    private static Fact factFor(KnowledgeSnapshot snapshot, UnderstoodQuestion question, List<String> named, List<Hit> hits) {
        Map<Fact, Integer> score = new LinkedHashMap<>();
        java.util.Set<Fact> retrieved = new java.util.HashSet<>();
        int depth = Math.min(FACT_DEPTH, hits.size());
        for (int rank = 0; rank < depth; rank++) {
            for (Fact fact : snapshot.facts().quotedIn(hits.get(rank).ordinal())) {
                retrieved.add(fact);
                // a passage alone points at a fact only of a technology the question names: a situation
                // ("we run a streaming platform…") lands on passages quoting facts it never asked for
                if (named.contains(fact.subject())) {
                    score.merge(fact, FACT_DEPTH - rank, Math::max);
                }
            }
        }
        String asked = " " + question.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Fact fact : snapshot.knowledge().facts()) {
            int points = 0;
            for (String phrase : fact.askedAs()) {
                String wanted = phrase.toLowerCase(java.util.Locale.ROOT).replace("*", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                if (!wanted.isEmpty() && asked.contains(" " + wanted + (phrase.endsWith("*") ? "" : " "))) {
                    // "what is" asks for this fact only of the technology it names; "event loop" asks for it anyway
                    String[] words = wanted.split(" ");
                    long topic = java.util.Arrays.stream(words).filter(w -> !QuestionReader.isFormWord(w)).count();
                    boolean specific = topic > 1 || (topic == 1 && rare(snapshot, wanted));
                    int got = topic > 0 && (specific || named.contains(fact.subject())) ? (int) (10 * topic) + words.length
                            : named.contains(fact.subject()) ? 5 : 0;
                    points = Math.max(points, got);
                }
            }
            if (points > 0) {
                score.merge(fact, points, Integer::sum);
            }
        }
        // naming no technology, the fact's words and the passages retrieved must agree on it
        return score.entrySet().stream()
                .filter(e -> named.isEmpty() ? retrieved.contains(e.getKey()) : named.contains(e.getKey().subject()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Whether the words of a phrase stand in few passages: "GIL" names a fact wherever it is asked;
     * "platform", in passage after passage, names one only of a technology the question names.
     */
    private static boolean rare(KnowledgeSnapshot snapshot, String phrase) {
        int limit = Math.max(1, snapshot.passages().size() / RARE_SHARE);
        return snapshot.index().analyze(dev.stackbot.index.Fields.TEXT, phrase).stream()
                .allMatch(term -> snapshot.index().docFreq(term) <= limit);
    }

    /** The values the sources give for a fact, each with its quotes cited; a disagreement is said plainly. */
    private static Answer factAnswer(KnowledgeSnapshot snapshot, UnderstoodQuestion question, Fact fact, List<Hit> hits) {
        List<List<Integer>> claims = snapshot.facts().claimPassages().get(fact.id());
        List<Sided> evidence = new ArrayList<>();
        // the first quote of each claim, then the others: a disagreement shows both sides in the first citations
        for (List<Integer> passages : claims) {
            passages.stream().findFirst().ifPresent(o -> evidence.add(new Sided(o, 0, null)));
        }
        for (List<Integer> passages : claims) {
            passages.stream().skip(1).forEach(o -> evidence.add(new Sided(o, 0, null)));
        }
        List<Citation> citations = citations(snapshot, evidence, hits);
        Knowledge knowledge = snapshot.knowledge();
        String title = knowledge.factTitle(fact);
        String text = AnswerText.fact(fact, title, claims, snapshot.passages(), citations);
        Verdict verdict = Verdict.none((fact.disputed() ? "The sources disagree \u2014 " : "A question of fact \u2014 ") + title);
        UnderstoodQuestion about = question.withSubjects(List.of(fact.subject()));
        return answer(snapshot, about, verdict, citations, text);
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
                    passage.text(), Math.round(sided.score() * 1000) / 1000.0, passage.id(), passage.heading(), sided.side(),
                    errata(knowledge, passage)));
        }
        return citations;
    }

    /** The corrections that apply to a passage, from its own source and any source merged into it. */
    private static List<Erratum> errata(Knowledge knowledge, Passage passage) {
        if (knowledge.errata().isEmpty()) {
            return List.of();
        }
        List<Erratum> errata = new ArrayList<>(knowledge.errataFor(passage.doc(), passage.text()));
        for (String other : passage.alsoIn()) {
            String doc = other.substring(0, Math.max(0, other.indexOf('#')));
            knowledge.errataFor(doc, passage.text()).stream().filter(e -> !errata.contains(e)).forEach(errata::add);
        }
        return errata;
    }

    private static Answer whichPair(KnowledgeSnapshot snapshot, UnderstoodQuestion question, List<List<String>> pairs) {
        Knowledge knowledge = snapshot.knowledge();
        List<String> named = pairs.stream().map(p -> AnswerText.names(knowledge, p).replace(" and ", " vs ")).toList();
        String text = "Which technologies do you mean? I know about " + String.join("; ", named)
                + ". Name them in the question, e.g. \"" + named.get(0).replace(" vs ", " or ") + " for this?\"";
        return new Answer(question.text(), false, List.of(), List.of(), null, null, question.kind().wire(),
                Verdict.none("Which technologies?"), List.of(), text, snapshot.version());
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
