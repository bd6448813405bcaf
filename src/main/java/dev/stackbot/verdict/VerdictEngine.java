package dev.stackbot.verdict;

import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.question.Coverage;
import dev.stackbot.question.QuestionKind;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies the knowledge's rules to an understood question. */
public final class VerdictEngine {

    private final Knowledge knowledge;

    public VerdictEngine(Knowledge knowledge) {
        this.knowledge = knowledge;
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

    /** The distinct sets of entities the rules compare, in rule order: a question naming none is about the only one. */
    public List<List<String>> pairs() {
        List<List<String>> pairs = new ArrayList<>();
        List<java.util.Set<String>> seen = new ArrayList<>();
        for (VerdictRule rule : knowledge.rules()) {
            java.util.Set<String> set = java.util.Set.copyOf(rule.between());
            if (!seen.contains(set)) {
                seen.add(set);
                pairs.add(rule.between());
            }
        }
        return pairs;
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
