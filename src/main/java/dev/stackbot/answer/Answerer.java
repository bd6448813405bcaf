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
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

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
    /**
     * Weight of meaning against words when a rule's evidence is ranked for a question. Every passage of one rule is
     * about its aspect, and the model puts them all about as close to the question; the words the question shares with
     * a passage (its own and the aspect's) say which one answers it ("four friends see each other's tiles get played":
     * "Real-time apps (chat servers, live dashboards, multiplayer games)…"); meaning reorders only passages next to
     * each other in the words' ranking (at the top, one rank of words outweighs about four of meaning). Measured on
     * the read blind sets (1,892 questions with evidence, hit@3): meaning weighing 1 (as in retrieval) 1,512, 2 1,473,
     * 0.5 1,521, 0.25 1,527, words alone 1,529, meaning alone 1,436.
     */
    static final double EVIDENCE_MEANING_WEIGHT = 0.25;
    /**
     * Quotes on using both that open a two-winner answer before each need's own: the sources say in several ways
     * that teams combine the two ("…call Python services for tasks like data analysis", "many modern applications
     * combine Node.js and Python"), and that is the answer. Read blind sets, hit@3 of 1,892: one (each need's
     * strongest then in turn, as before) 1,527, two 1,537, three 1,528.
     */
    static final int LEADING_QUOTES = 2;

    private Answerer() {
    }

    static Answer answer(KnowledgeSnapshot snapshot, String question, List<String> previousSubjects) {
        UnderstoodQuestion understood = snapshot.reader().read(question, previousSubjects);
        List<String> named = namedItself(understood);
        // retrieval runs only for a question the reading alone does not refuse: the coverage step asks for it
        Retrieved[] retrieved = new Retrieved[1];
        CoverageCheck.Decision decision = CoverageCheck.decide(understood, named, () -> {
            retrieved[0] = retrieve(snapshot, understood);
            return retrieved[0].signals();
        });
        Coverage coverage = decision.coverage();
        LOG.debug("coverage {} of a question of {} chars", coverage, understood.text().length());
        if (coverage == Coverage.UNKNOWN_THING) {
            return refusal(snapshot, understood.withCoverage(coverage).withForeign(decision.unknownThing()));
        }
        if (coverage != Coverage.COVERED) {
            return refusal(snapshot, understood.withCoverage(coverage));
        }
        // in a channel about one pair, people don't repeat the names: a question naming none is about the
        // only pair the knowledge compares (the rules judge it so); with several pairs, ask which
        List<List<String>> pairs = snapshot.verdicts().pairs();
        if (understood.subjects().isEmpty() && pairs.size() > 1) {
            return whichPair(snapshot, understood, pairs);
        }
        Retrieved r = retrieved[0];
        List<Aspect> needs = r.needs();
        float[] vector = r.vector();
        PreparedQuery query = r.query();
        List<Hit> found = r.found();
        List<Hit> hits = r.hits();
        FactMeanings.Ranking facts = r.facts();
        UnderstoodQuestion about = r.about().withCoverage(Coverage.COVERED);

        if (!about.kind().wantsVerdict()) {
            FactFinder finder = snapshot.facts().finder();
            ToDoubleFunction<Fact> meaning = factCloseness(facts);
            // a fact its words ask for, else one close by meaning ("how old is Python?", "which well-known
            // sites run on it?"), else one quoted in the first passages
            boolean wordsAsk = finder.findByWords(about, named) != null;
            Fact fact = wordsAsk ? finder.find(snapshot.facts(), about, named, hits, meaning) : null;
            if (fact == null && (about.kind() == QuestionKind.FACT || about.kind() == QuestionKind.DEFINITION)) {
                fact = byMeaning(named, facts);
            }
            if (fact == null) {
                // a fact only the first passages point at must, with the model, be close to the question too:
                // "can I use node and python together?" lands on a passage quoting Python's interpreter
                // (when the words asked, find has already answered: none)
                Fact quoted = wordsAsk ? null : finder.find(snapshot.facts(), about, named, hits, meaning);
                fact = quoted == null || (facts != null && meaning.applyAsDouble(quoted) < FactMeanings.MIN_CLOSENESS) ? null : quoted;
            }
            if (fact != null) {
                return factAnswer(snapshot, about, factsAskedFor(snapshot, about, fact, named, facts), hits);
            }
            if (about.kind() == QuestionKind.FACT && about.aspect() != null && named.isEmpty() && pairs.size() == 1) {
                // "we run a live streaming platform, thinking about what to write the backend in": no fact is
                // asked for, no single technology either; in a channel about one pair that is the choice
                about = about.withKind(QuestionKind.CHOICE);
            }
        }
        Judgement judgement = snapshot.verdicts().judge(about, needs);
        if (judgement.parts().isEmpty() && judgement.rule() != null) {
            // the verdict may be a later need's (the first had none, or the sources disagree on it): the
            // answer is about the need that decided
            String decided = judgement.rule().aspect();
            about = needs.stream().filter(a -> a.id().equals(decided)).findFirst().map(about::withAspect).orElse(about);
        }
        if (judgement.verdict().kind() == VerdictKind.NONE && about.kind().wantsVerdict()) {
            // "which big companies run node or python in prod?" reads as a choice, but no rule judges it:
            // when its own words ask for a fact, that fact is the answer
            Fact fact = snapshot.facts().finder().findByWords(about, named, factCloseness(facts));
            fact = fact != null ? fact : byMeaning(named, facts);
            if (fact != null) {
                return factAnswer(snapshot, about, factsAskedFor(snapshot, about, fact, named, facts), hits);
            }
        }
        if (judgement.parts().isEmpty() && judgement.rule() != null && judgement.verdict().kind() == VerdictKind.DEPENDS
                && snapshot.semantic() != null) {
            // "it depends": unless the question is clearly in one of the cases the rule's sided quotes state
            String side = snapshot.semantic().conditions().sideFor(judgement.rule(), vector);
            if (side != null) {
                judgement = snapshot.verdicts().inCase(judgement, side);
            }
        }
        about = about.withSubjects(judgement.subjects());
        List<List<Sided>> evidence = new ArrayList<>();
        boolean usingBoth = false;
        Set<String> leading = new java.util.HashSet<>();
        int leadingQuotes = 0;
        if (!judgement.parts().isEmpty()) {
            // two needs, two winners: the sources' own "it depends" / "use both" quotes lead, then each need's
            Lead lead = bothNeutral(snapshot, about, query, vector, found);
            evidence.add(lead.quotes());
            usingBoth = lead.usingBoth();
            leadingQuotes = Math.min(LEADING_QUOTES, lead.quotes().size());
            lead.quotes().subList(0, leadingQuotes).forEach(q -> leading.add(snapshot.passages().get(q.ordinal()).id()));
            judgement.parts().forEach(part -> evidence.add(evidenceFirst(snapshot, query, vector, found, part)));
        } else if (judgement.rule() != null && judgement.verdict().kind() != VerdictKind.NONE) {
            evidence.add(evidenceFirst(snapshot, query, vector, found, judgement));
        }
        Set<String> besideOnly = new java.util.HashSet<>();
        if (judgement.beside() != null && !evidence.isEmpty()) {
            // another need favoring the same technology, or the contested need the verdict's need outweighed: its
            // own rule's evidence, beside the main rule's
            List<Sided> beside = evidenceFirst(snapshot, query, vector, found, judgement.beside());
            Set<Integer> main = new java.util.HashSet<>();
            evidence.get(0).forEach(e -> main.add(e.ordinal()));
            beside.stream().filter(e -> !main.contains(e.ordinal()))
                    .forEach(e -> besideOnly.add(snapshot.passages().get(e.ordinal()).id()));
            evidence.add(beside);
        }
        // never empty: coverage requires hits, and every hit can be cited
        List<Sided> ordered = judgement.parts().isEmpty() ? interleave(evidence) : leadFirst(evidence, leadingQuotes);
        List<Citation> citations = citations(snapshot, ordered, hits);
        String text = AnswerText.of(snapshot.knowledge(), about, named, judgement, citations, usingBoth, leading, besideOnly);
        return answer(snapshot, about, judgement.verdict(), citations, text);
    }

    /**
     * What retrieval found for a question: its vector (null when lexical), its needs, the question about
     * the main one, the prepared query, the fused ranking, the diversified hits, and the topic signals.
     */
    private record Retrieved(float[] vector, List<Aspect> needs, UnderstoodQuestion about, PreparedQuery query,
                             List<Hit> found, List<Hit> hits, CoverageCheck.Signals signals, FactMeanings.Ranking facts) {
    }

    /**
     * What the coverage step weighs for a question that names none of the knowledge's technologies, as the
     * engine measures it (the coverage model is fitted on these: {@code bin/bench --coverage}); null when the
     * reading alone decides (empty, foreign, or a technology named).
     */
    static CoverageCheck.Signals topic(KnowledgeSnapshot snapshot, String question) {
        UnderstoodQuestion understood = snapshot.reader().read(question, List.of());
        if (understood.coverage() == Coverage.EMPTY || understood.coverage() == Coverage.FOREIGN
                || understood.coverage() == Coverage.WITHIN_ONE || !understood.subjects().isEmpty()) {
            return null;
        }
        return retrieve(snapshot, understood).signals();
    }

    /**
     * How a question naming one technology of the knowledge is placed by meaning: whether it compares the name
     * with nothing, its closeness, and whether it points at the pair; null for any other question or without the
     * model. What {@link CoverageCheck#NAME_IN_ANOTHER_SENSE} and {@link CoverageCheck#NAME_IN_ANOTHER_SENSE_ODDS}
     * are read against ({@code bin/bench --coverage}).
     */
    static OneName oneName(KnowledgeSnapshot snapshot, String question) {
        UnderstoodQuestion understood = snapshot.reader().read(question, List.of());
        List<String> named = namedItself(understood);
        if (named.size() != 1 || understood.coverage() != Coverage.COVERED || snapshot.semantic() == null) {
            return null;
        }
        CoverageCheck.Meaning meaning = retrieve(snapshot, understood).signals().meaning();
        return meaning == null ? null : new OneName(CoverageCheck.namesOneAlone(understood, named), meaning,
                dev.stackbot.question.PairReference.in(understood.text()));
    }

    /** A question naming one technology, by meaning: {@link #oneName}. */
    record OneName(boolean alone, CoverageCheck.Meaning meaning, boolean pair) {
    }

    /** The technologies a question names itself: none when its subjects are inherited from the conversation. */
    private static List<String> namedItself(UnderstoodQuestion understood) {
        return understood.inherited() ? List.of() : understood.subjects();
    }

    /** Embeds, finds the needs, searches both ways and fuses: everything the coverage step and the answer use. */
    private static Retrieved retrieve(KnowledgeSnapshot snapshot, UnderstoodQuestion understood) {
        SemanticSnapshot semantic = snapshot.semantic();
        float[] vector = semantic == null ? null : questionVector(snapshot, understood.text());
        Map<Integer, Float> near = vector == null ? Map.of() : semantic.vectors().nearest(vector, SEARCH_DEPTH);
        List<Aspect> needs = needs(snapshot, understood, vector);
        UnderstoodQuestion about = needs.isEmpty() ? understood : understood.withAspect(needs.get(0));
        PreparedQuery query = snapshot.queries().build(about);
        List<Hit> lexical = snapshot.retriever().search(query, SEARCH_DEPTH);
        List<Hit> found = near.isEmpty() ? lexical : RankFusion.fuse(lexical, List.copyOf(near.keySet()));
        List<Hit> hits = Diversifier.diversify(found, snapshot.passages());
        FactMeanings.Ranking facts = semantic == null ? null : semantic.facts().rank(vector);
        CoverageCheck.Signals signals = new CoverageCheck.Signals(snapshot.knownWords().share(about), !hits.isEmpty(),
                semantic == null ? null : meaning(snapshot, understood, vector, near, facts),
                // only a question naming none of the technologies itself is judged by its options (decide's rule)
                namedItself(understood).isEmpty()
                        && snapshot.knownWords().choosesUnknownOptions(snapshot.reader().choiceOptions(understood.text())),
                snapshot.knownWords().unknownAsked(snapshot.reader().askedFor(understood.text()), snapshot.facts().finder()::uses));
        return new Retrieved(vector, needs, about, query, found, hits, signals, facts);
    }

    /** Passages averaged for the coverage model: one close passage is often a stray word's. */
    private static final int CLOSEST_PASSAGES = 5;

    /** How close the question is to the knowledge by meaning: its passages, aspects, facts and the whole. */
    private static CoverageCheck.Meaning meaning(KnowledgeSnapshot snapshot, UnderstoodQuestion question, float[] vector,
                                                 Map<Integer, Float> near, FactMeanings.Ranking facts) {
        SemanticSnapshot semantic = snapshot.semantic();
        float passages = (float) near.values().stream().limit(CLOSEST_PASSAGES).mapToDouble(Float::doubleValue)
                .average().orElse(-1);
        float aspect = -1;
        float overall = -1;
        for (var closeness : semantic.aspects().rank(vector)) {
            if (closeness.aspect().fallback()) {
                overall = Math.max(overall, closeness.similarity());
            } else {
                aspect = Math.max(aspect, closeness.similarity());
            }
        }
        float[] centroid = semantic.centroid();
        float whole = centroid.length == vector.length ? dev.stackbot.semantic.Vectors.dot(vector, centroid) : 0;
        // no facts at all: the model does not apply (NaN), the closeness rule decides
        float fact = facts.all().isEmpty() ? Float.NaN : facts.all().get(0).similarity();
        float closest = Math.max(near.values().stream().findFirst().orElse(-1f), aspect);
        Fact asked = snapshot.facts().finder().findByWords(question, question.subjects());
        float askedFact = asked == null ? -2 : facts.similarity(asked);
        boolean overallWords = question.signalled().stream().anyMatch(Aspect::fallback);
        return new CoverageCheck.Meaning(passages, aspect, overall, whole, fact, overallWords, askedFact, closest);
    }

    /** The vector of a question's text, or of a part of it, as the model reads it: misspelt names spelt out. */
    private static float[] questionVector(KnowledgeSnapshot snapshot, String text) {
        return snapshot.semantic().semantics().question(snapshot.reader().spelledOut(text));
    }

    /** The aspects the question needs: by words alone when lexical, by words and meaning otherwise. */
    private static List<Aspect> needs(KnowledgeSnapshot snapshot, UnderstoodQuestion question, float[] vector) {
        if (vector == null) {
            return question.aspect() == null ? List.of() : List.of(question.aspect());
        }
        SemanticSnapshot semantic = snapshot.semantic();
        return new NeedFinder(snapshot.reader(), semantic.aspects(), text -> questionVector(snapshot, text),
                snapshot.verdicts()::judges).needs(question, vector);
    }

    /**
     * The quotes that lead an answer whose two needs go to different technologies, ranked for the question, as
     * one part: the neutral quotes of the pair's rule on using them together ("teams use both…"), else of its
     * overall rule (the fallback aspect's "it depends on the project").
     */
    private static Lead bothNeutral(KnowledgeSnapshot snapshot, UnderstoodQuestion question, PreparedQuery query,
                                    float[] vector, List<Hit> found) {
        for (Predicate<Aspect> which : List.<Predicate<Aspect>>of(Aspect::together, Aspect::fallback)) {
            Aspect aspect = snapshot.knowledge().aspects().stream().filter(which).findFirst().orElse(null);
            Judgement judged = aspect == null ? null : snapshot.verdicts().judge(question.withAspect(aspect));
            if (judged != null && judged.rule() != null) {
                List<Sided> neutral = evidenceFirst(snapshot, query, vector, found, judged).stream()
                        .filter(s -> s.side() == null).toList();
                if (!neutral.isEmpty()) {
                    return new Lead(neutral, aspect.together());
                }
            }
        }
        return new Lead(List.of(), false);
    }

    /** The quotes leading a two-winner answer, and whether they are the rule on using both's (else the overall rule's). */
    private record Lead(List<Sided> quotes, boolean usingBoth) {
    }

    /**
     * A two-winner answer's evidence: the first {@code leading} quotes on using both (what the answer says: each for
     * its part; at most {@link #LEADING_QUOTES}), then each need's and the rest of the lead's in turn.
     */
    private static List<Sided> leadFirst(List<List<Sided>> evidence, int leading) {
        List<Sided> lead = evidence.get(0);
        List<List<Sided>> rest = new ArrayList<>(evidence.subList(1, evidence.size()));
        rest.add(lead.subList(leading, lead.size()));
        List<Sided> ordered = new ArrayList<>(lead.subList(0, leading));
        ordered.addAll(interleave(rest));
        return ordered;
    }

    /** The parts' evidence taken in turn, so that the strongest quotes of every need come first. */
    private static List<Sided> interleave(List<List<Sided>> parts) {
        List<Sided> ordered = new ArrayList<>();
        int longest = parts.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Sided> part : parts) {
                if (i < part.size()) {
                    ordered.add(part.get(i));
                }
            }
        }
        return ordered;
    }

    /**
     * The rule's evidence passages: the strongest of each side first, then the rest, each ranked for this
     * question by BM25 and, with the semantic layer, by meaning too (the two ranks fused, meaning weighing
     * {@link #EVIDENCE_MEANING_WEIGHT}).
     */
    private static List<Sided> evidenceFirst(KnowledgeSnapshot snapshot, PreparedQuery query, float[] vector,
                                             List<Hit> found, Judgement judgement) {
        VerdictRule rule = judgement.rule();
        List<EvidencePassage> evidence = snapshot.evidence(rule);
        Map<Integer, Float> scores = new HashMap<>();
        List<Integer> missing = evidence.stream().map(EvidencePassage::ordinal).distinct().toList();
        scores.putAll(snapshot.retriever().scores(query, missing));
        if (vector != null) {
            // a passage sharing no word with the question has no rank of words: meaning alone orders those
            Map<Integer, Float> matched = new HashMap<>(scores);
            matched.values().removeIf(score -> score <= 0);
            scores = RankFusion.fuseScores(missing, matched, quoteCloseness(snapshot, evidence, vector, missing),
                    EVIDENCE_MEANING_WEIGHT);
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
        if (judgement.settledByCase()) {
            // a "depends" rule settled by the case the question is in: the quote stating that case leads
            Set<Integer> stating = new java.util.HashSet<>();
            evidence.stream().filter(e -> e.quote().states() && verdict.winner().equals(e.side()))
                    .forEach(e -> stating.add(e.ordinal()));
            all.stream().filter(s -> stating.contains(s.ordinal()) && verdict.winner().equals(s.side()))
                    .findFirst().ifPresent(ordered::add);
        }
        for (String side : sideOrder) {
            all.stream().filter(s -> Objects.equals(side, s.side()) && !ordered.contains(s)).findFirst().ifPresent(ordered::add);
        }
        all.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    /**
     * How close each evidence passage is to the question by meaning: the higher of its closest window and the closest
     * of the rule's quotes it holds (the sentence that is why it is cited).
     */
    private static Map<Integer, Float> quoteCloseness(KnowledgeSnapshot snapshot, List<EvidencePassage> evidence,
                                                      float[] vector, List<Integer> ordinals) {
        QuoteMeanings quotes = snapshot.semantic().quotes();
        Map<Integer, Float> closeness = new HashMap<>();
        for (EvidencePassage passage : evidence) {
            float quote = quotes.closeness(passage.quote().quote(), vector);
            if (!Float.isNaN(quote)) {
                closeness.merge(passage.ordinal(), quote, Math::max);
            }
        }
        snapshot.semantic().vectors().similarities(vector, ordinals).forEach((o, s) -> closeness.merge(o, s, Math::max));
        return closeness;
    }

    /** A passage with its score and the side it supports (null for hits and neutral quotes). */
    record Sided(int ordinal, float score, String side) {
    }

    /** How close the question is to each fact by meaning (0 for all when lexical): breaks ties between facts its words ask for. */
    private static ToDoubleFunction<Fact> factCloseness(FactMeanings.Ranking facts) {
        return facts == null ? f -> 0 : facts::similarity;
    }

    /** The fact closest to the question by meaning, of a technology it names (any, naming none); null when lexical or none is clearly closest. */
    private static Fact byMeaning(List<String> named, FactMeanings.Ranking facts) {
        if (facts == null) {
            return null;
        }
        FactMeanings.Closeness closest = facts.closest(named);
        // a fact asked of several technologies has one for each ("when did node and python come out?");
        // "can node and python run side by side?" is close to a fact of one of them, and asks none
        if (closest == null || named.stream().anyMatch(other -> facts.closestOf(other) == null)) {
            return null;
        }
        return closest.fact();
    }

    /**
     * The facts a question asks for: the one found, and — when it names more technologies — the same
     * attribute of each other one it names ("which companies use Node or Python?" gets both lists). Naming
     * none, in a knowledge of one pair, the other technology's fact goes beside it when the question is
     * as close to it by meaning ("what share of devs use each of them?").
     */
    private static List<Fact> factsAskedFor(KnowledgeSnapshot snapshot, UnderstoodQuestion question, Fact found,
                                            List<String> named, FactMeanings.Ranking facts) {
        List<Fact> asked = new ArrayList<>(List.of(found));
        for (String other : named) {
            if (other.equals(found.subject())) {
                continue;
            }
            // the other technology's fact its words ask for, else the one of the same attribute, else by meaning
            Fact companion = snapshot.facts().finder().findByWords(question, List.of(other));
            if (companion == null) {
                companion = snapshot.knowledge().factsAbout(other).stream()
                        .filter(f -> f.attribute().equalsIgnoreCase(found.attribute())).findFirst().orElse(null);
            }
            if (companion == null && facts != null) {
                FactMeanings.Closeness closest = facts.closestOf(other);
                companion = closest == null ? null : closest.fact();
            }
            if (companion != null) {
                asked.add(companion);
            }
        }
        List<List<String>> pairs = snapshot.verdicts().pairs();
        if (named.isEmpty() && facts != null && pairs.size() == 1) {
            float own = facts.similarity(found);
            for (String other : pairs.get(0)) {
                if (other.equals(found.subject())) {
                    continue;
                }
                FactMeanings.Closeness closest = facts.closestOf(other);
                if (closest != null && own - closest.similarity() < FactMeanings.MARGIN) {
                    asked.add(closest.fact());
                }
            }
        }
        return asked;
    }

    /** The values the sources give for each fact, each with its quotes cited; a disagreement is said plainly. */
    private static Answer factAnswer(KnowledgeSnapshot snapshot, UnderstoodQuestion question, List<Fact> facts, List<Hit> hits) {
        // the first quote of each claim of each fact, then the others: both sides of a disagreement, and
        // every fact asked for, stand in the first citations
        List<List<Sided>> parts = new ArrayList<>();
        for (Fact fact : facts) {
            List<List<Integer>> claims = snapshot.facts().claimPassages().get(fact.id());
            List<Sided> part = new ArrayList<>();
            for (List<Integer> passages : claims) {
                passages.stream().findFirst().ifPresent(o -> part.add(new Sided(o, 0, null)));
            }
            for (List<Integer> passages : claims) {
                passages.stream().skip(1).forEach(o -> part.add(new Sided(o, 0, null)));
            }
            parts.add(part);
        }
        List<Citation> citations = citations(snapshot, interleave(parts), hits);
        Knowledge knowledge = snapshot.knowledge();
        List<String> texts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean disputed = false;
        for (Fact fact : facts) {
            String title = knowledge.factTitle(fact);
            titles.add(title);
            disputed |= fact.disputed();
            texts.add(AnswerText.fact(fact, title, snapshot.facts().claimPassages().get(fact.id()), snapshot.passages(), citations));
        }
        // a fact the sources disagree on is contested, in the verdict as in the text: its sides are values,
        // not technologies, so it counts no support per technology and names no rule
        Verdict verdict = disputed
                ? new Verdict(VerdictKind.CONTESTED, null, "The sources disagree \u2014 " + String.join("; ", titles), null, Map.of())
                : Verdict.none("A question of fact \u2014 " + String.join("; ", titles));
        UnderstoodQuestion about = question.withSubjects(facts.stream().map(Fact::subject).distinct().toList());
        return answer(snapshot, about, verdict, citations, String.join("\n\n", texts) + AnswerText.backgroundNote(knowledge, about));
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
        for (Sided sided : chosen.values()) {
            citations.add(Citation.of(snapshot, citations.size() + 1, sided.ordinal(), sided.score(), sided.side()));
        }
        return citations;
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
