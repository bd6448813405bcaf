package dev.stackbot.answer;

import dev.stackbot.knowledge.Evidence;
import dev.stackbot.knowledge.RuleKind;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.semantic.Vectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases a {@code depends} rule's quotes state ({@code case: true} in rules.yaml), by meaning. "Cost depends on your project
 * needs" comes with "Node.js can reduce server costs for high-concurrency, real-time applications" and
 * "Python may reduce development time for data-heavy or AI-driven projects": a question that is clearly
 * in one of these cases ("cheaper on the server bill when tons of people are connected at once") gets
 * that side; one that is in neither, close to both, or closer to the rule's neutral "it depends" quotes than to
 * any case, still gets "it depends".
 */
public final class RuleConditions {

    /** The closest sided quote must be at least this close to the question (cosine)… */
    static final float MIN_CLOSENESS = 0.30f;
    /** …and this much closer than any quote of another side. */
    static final float MARGIN = 0.15f;

    private final Map<String, List<Sided>> byRule;

    private record Sided(String side, float[] vector) {
    }

    private RuleConditions(Map<String, List<Sided>> byRule) {
        this.byRule = byRule;
    }

    /** The quotes embedded for {@code rules}: those of {@link #texts}, in its order. */
    static RuleConditions of(List<VerdictRule> rules, List<float[]> vectors) {
        Map<String, List<Sided>> byRule = new HashMap<>();
        int at = 0;
        for (VerdictRule rule : rules) {
            for (Evidence quote : weighed(rule)) {
                byRule.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(new Sided(quote.side(), vectors.get(at++)));
            }
        }
        return new RuleConditions(byRule);
    }

    /**
     * The texts to embed, rule by rule: the quotes of a {@code depends} rule that state a case ({@code case: true}),
     * then its neutral quotes, which the question must be less close to ("which is cheaper to host?" is about cost in
     * general, not about the case of many connections).
     */
    static List<String> texts(List<VerdictRule> rules) {
        return rules.stream().flatMap(rule -> weighed(rule).stream()).map(Evidence::quote).toList();
    }

    private static List<Evidence> weighed(VerdictRule rule) {
        if (rule.kind() != RuleKind.DEPENDS || rule.evidence().stream().noneMatch(Evidence::states)) {
            return List.of();
        }
        List<Evidence> quotes = new ArrayList<>(rule.evidence().stream().filter(Evidence::states).toList());
        rule.evidence().stream().filter(e -> e.side() == null).forEach(quotes::add);
        return quotes;
    }

    /** The side whose stated case the question is clearly in, or null (no sided quotes, none close, or no clear one). */
    String sideFor(VerdictRule rule, float[] question) {
        List<Sided> sided = byRule.get(rule.id());
        if (sided == null || question == null) {
            return null;
        }
        Map<String, Float> best = new LinkedHashMap<>();
        float neutral = -1;
        for (Sided quote : sided) {
            float closeness = Vectors.dot(question, quote.vector());
            if (quote.side() == null) {
                neutral = Math.max(neutral, closeness);
            } else {
                best.merge(quote.side(), closeness, Math::max);
            }
        }
        if (best.size() < 2) {
            return null;
        }
        List<Map.Entry<String, Float>> ranked = best.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed()).toList();
        float top = ranked.get(0).getValue();
        return top >= MIN_CLOSENESS && top - ranked.get(1).getValue() >= MARGIN && top > neutral ? ranked.get(0).getKey() : null;
    }
}
