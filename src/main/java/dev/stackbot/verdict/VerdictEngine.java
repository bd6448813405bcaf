package dev.stackbot.verdict;

import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.question.Coverage;
import dev.stackbot.question.QuestionKind;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.knowledge.Aspect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies the knowledge's rules to an understood question. */
public final class VerdictEngine {

    private final Knowledge knowledge;
    /** The distinct sets of entities the rules compare: asked of every question naming none. */
    private final List<List<String>> pairs;

    public VerdictEngine(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.pairs = pairsOf(knowledge);
    }

    public Judgement judge(UnderstoodQuestion question) {
        if (question.coverage() != Coverage.COVERED) {
            return new Judgement(Verdict.none("No verdict — outside what the sources cover"), null, question.subjects());
        }
        VerdictRule rule = question.aspect() == null ? null : ruleFor(question.aspect().id(), question.subjects());
        if (!question.kind().wantsVerdict()) {
            return new Judgement(Verdict.none(noVerdictReason(question.kind())), rule, question.subjects());
        }
        List<String> subjects = question.subjects().isEmpty() && rule != null ? rule.between() : question.subjects();
        if (rule == null) {
            String about = question.aspect() == null ? "that" : question.aspect().label();
            return new Judgement(Verdict.none("No verdict — the sources take no side on " + about), null, subjects);
        }
        // a verdict weighs every side of its rule, so the answer is about all of them, named ones first
        List<String> sides = new ArrayList<>(subjects);
        rule.between().stream().filter(e -> !sides.contains(e)).forEach(sides::add);
        return new Judgement(verdictOf(rule, sides), rule, sides);
    }

    /**
     * Judges a question with its needs: one need is judged alone; two needs whose rules favor different
     * technologies give "it depends", naming each need's winner, with each need's judgement as a part. When the
     * sources disagree on the first need and favor one technology for the second, the second decides and the
     * first is cited beside it: a need the sources weigh both ways does not outweigh one they agree on ("a
     * web application for the shop, and also a script that copies other dealers' prices": web applications are
     * contested, the script is scripting) — unless the question asks whether the sources agree, when a contested need is the answer, or is
     * cited beside a settled first one. Otherwise the first need's judgement stands (the second's when the first
     * has none).
     */
    public Judgement judge(UnderstoodQuestion question, List<Aspect> needs) {
        if (needs.size() < 2) {
            UnderstoodQuestion about = needs.isEmpty() ? question : question.withAspect(needs.get(0));
            return withBeside(judge(about), question, needs);
        }
        Judgement first = judge(question.withAspect(needs.get(0)));
        Judgement second = judge(question.withAspect(needs.get(1)));
        Verdict a = first.verdict();
        Verdict b = second.verdict();
        if (a.kind() == VerdictKind.CONTESTED && b.kind() == VerdictKind.FAVORS && !question.asksAgreement()) {
            return second.withBeside(first);
        }
        if (a.kind() == VerdictKind.FAVORS && b.kind() == VerdictKind.CONTESTED && question.asksAgreement()) {
            // "…and I keep reading opposite things about community": the disagreement asked about is cited beside
            return first.withBeside(second);
        }
        if (a.kind() != VerdictKind.FAVORS || b.kind() != VerdictKind.FAVORS || a.winner().equals(b.winner())) {
            return a.kind() == VerdictKind.NONE && b.kind() != VerdictKind.NONE ? second : withBeside(first, question, needs);
        }
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
        return new Judgement(verdict, null, first.subjects(), List.of(first, second));
    }

    /**
     * A verdict favoring one technology, with the first other need of the question whose rule favors anyone — its
     * second need, else another aspect its words signal ("is python too slow for a websocket server?": performance,
     * and real-time apps) — when that rule favors the same technology: the answer cites both rules' evidence, each
     * for its need. Unchanged when there is none, or when the first such need favors the other technology.
     */
    private Judgement withBeside(Judgement main, UnderstoodQuestion question, List<Aspect> needs) {
        if (main.verdict().kind() != VerdictKind.FAVORS || main.rule() == null) {
            return main;
        }
        List<Aspect> others = new ArrayList<>();
        needs.stream().skip(1).forEach(others::add);
        question.signalled().stream().filter(a -> !a.fallback() && !a.together() && !needs.contains(a)
                && !a.id().equals(main.rule().aspect())).forEach(others::add);
        for (Aspect other : others) {
            Judgement more = judge(question.withAspect(other));
            if (more.rule() == null || more.verdict().kind() != VerdictKind.FAVORS || more.rule().id().equals(main.rule().id())) {
                continue;
            }
            // the first other need that favors anyone decides: one favoring the other technology is not
            // passed over for a later one that agrees, which would make the sources look one-sided
            return main.verdict().winner().equals(more.verdict().winner()) ? main.withBeside(more) : main;
        }
        return main;
    }

    /**
     * A {@code depends} judgement settled for the side whose stated case the question is in ("Node.js can
     * reduce server costs for high-concurrency, real-time applications"): that side is favored, on the
     * same rule and its same support.
     */
    public Judgement inCase(Judgement depends, String side) {
        VerdictRule rule = depends.rule();
        String summary = knowledge.entityName(side) + " \u2014 for " + knowledge.aspect(rule.aspect()).label()
                + " in a case like this one (otherwise it depends " + rule.summary() + ")";
        Verdict verdict = new Verdict(VerdictKind.FAVORS, side, summary, rule.id(), depends.verdict().support(), true);
        return new Judgement(verdict, rule, depends.subjects(), List.of());
    }

    /** The verdict a rule gives, with its support counted per side in the order of {@code order}. */
    public Verdict verdictOf(VerdictRule rule, List<String> order) {
        Map<String, Integer> support = new LinkedHashMap<>();
        List<String> sides = new ArrayList<>(order.stream().filter(rule.between()::contains).toList());
        rule.between().stream().filter(e -> !sides.contains(e)).forEach(sides::add);
        Map<String, Integer> counts = rule.support();
        for (String side : sides) {
            support.put(side, counts.getOrDefault(side, 0));
        }
        return switch (rule.kind()) {
            case FAVORS -> new Verdict(VerdictKind.FAVORS, rule.winner(),
                    knowledge.entityName(rule.winner()) + " \u2014 " + rule.summary(), rule.id(), support);
            case DEPENDS -> new Verdict(VerdictKind.DEPENDS, null, "It depends \u2014 " + rule.summary(), rule.id(), support);
            case CONTESTED -> new Verdict(VerdictKind.CONTESTED, null, "Contested \u2014 " + rule.summary(), rule.id(), support);
        };
    }

    /** The rule for this aspect that fits the named entities; with none named, the aspect's best-supported rule. */
    public VerdictRule ruleFor(String aspect, List<String> subjects) {
        VerdictRule best = null;
        for (VerdictRule rule : knowledge.rules()) {
            if (!rule.aspect().equals(aspect) || !fits(rule, subjects)) {
                continue;
            }
            if (best == null || rule.evidence().size() > best.evidence().size()) {
                best = rule;
            }
        }
        return best;
    }

    /** Whether some rule gives a verdict on this aspect. */
    public boolean judges(Aspect aspect) {
        return knowledge.rules().stream().anyMatch(rule -> rule.aspect().equals(aspect.id()));
    }

    /** The distinct sets of entities the rules compare, in rule order: a question naming none is about the only one. */
    public List<List<String>> pairs() {
        return pairs;
    }

    private static List<List<String>> pairsOf(Knowledge knowledge) {
        List<List<String>> pairs = new ArrayList<>();
        List<java.util.Set<String>> seen = new ArrayList<>();
        for (VerdictRule rule : knowledge.rules()) {
            java.util.Set<String> set = java.util.Set.copyOf(rule.between());
            if (!seen.contains(set)) {
                seen.add(set);
                pairs.add(rule.between());
            }
        }
        return List.copyOf(pairs);
    }

    private static boolean fits(VerdictRule rule, List<String> subjects) {
        if (subjects.isEmpty()) {
            return true;
        }
        if (subjects.size() == 1) {
            return rule.between().contains(subjects.get(0));
        }
        return rule.between().containsAll(subjects) || subjects.containsAll(rule.between());
    }

    private static String noVerdictReason(QuestionKind kind) {
        return switch (kind) {
            case DEFINITION -> "No verdict — a question of definition";
            case EXPLANATION -> "No verdict — a question of why";
            default -> "No verdict — a question of fact";
        };
    }

}
