package dev.stackbot.knowledge;

import dev.stackbot.knowledge.KnowledgeLoader.Located;
import dev.stackbot.knowledge.KnowledgeLoader.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads verdict rules and checks them against the catalogs and the sources' text. */
final class RuleReader {

    private final Problems problems;
    private final Set<String> entityIds = new HashSet<>();
    private final Set<String> aspectIds = new HashSet<>();
    private final Map<String, SourceDocument> documents = new HashMap<>();

    RuleReader(Problems problems, List<Entity> entities, List<Aspect> aspects, List<SourceDocument> documents) {
        this.problems = problems;
        entities.forEach(e -> entityIds.add(e.id()));
        aspects.forEach(a -> aspectIds.add(a.id()));
        documents.forEach(d -> this.documents.putIfAbsent(d.id(), d));
    }

    List<VerdictRule> rules(List<Located> sections) {
        List<VerdictRule> rules = new ArrayList<>();
        Map<String, String> byAspectAndPair = new HashMap<>();
        new CatalogReader(problems).forEachItem(sections, "rule", (file, item) -> {
            VerdictRule rule = rule(new Field(file, item, problems), rules);
            if (rule == null) {
                return;
            }
            String key = rule.aspect() + " " + new TreeSet<>(rule.between());
            String earlier = byAspectAndPair.putIfAbsent(key, rule.id());
            if (earlier != null) {
                problems.add(file, item.line(), "rule '" + rule.id() + "' judges the same aspect and entities as rule '" + earlier + "'");
                return;
            }
            rules.add(rule);
        });
        return rules;
    }

    private VerdictRule rule(Field field, List<VerdictRule> existing) {
        field.onlyKeys(List.of("id", "aspect", "between", "verdict", "winner", "summary", "evidence"));
        String id = field.required("id");
        String aspect = field.required("aspect");
        List<String> between = field.strings("between");
        String verdictText = field.required("verdict");
        String winner = field.optional("winner");
        String summary = field.required("summary");
        boolean ok = id != null && aspect != null && verdictText != null && summary != null;
        if (id != null && existing.stream().anyMatch(r -> r.id().equals(id))) {
            problems.add(field.file(), field.lineOf("id"), "duplicate rule id '" + id + "'");
            ok = false;
        }
        if (aspect != null && !aspectIds.contains(aspect)) {
            problems.add(field.file(), field.lineOf("aspect"), "unknown aspect '" + aspect + "'");
            ok = false;
        }
        ok &= checkBetween(field, between);
        RuleKind kind = verdictText == null ? null : RuleKind.parse(verdictText);
        if (verdictText != null && kind == null) {
            problems.add(field.file(), field.lineOf("verdict"), "verdict must be favors, depends or contested, not '" + verdictText + "'");
            ok = false;
        }
        if (kind == RuleKind.FAVORS && (winner == null || !between.contains(winner))) {
            problems.add(field.file(), field.lineOf(winner == null ? "verdict" : "winner"),
                    "a favors rule names its winner, one of " + between + (winner == null ? "" : ", not '" + winner + "'"));
            ok = false;
        } else if (kind != null && kind != RuleKind.FAVORS && winner != null) {
            problems.add(field.file(), field.lineOf("winner"), "only a favors rule has a winner");
            ok = false;
        }
        List<Evidence> evidence = evidence(field, between);
        if (evidence == null) {
            return null;
        }
        if (!ok) {
            return null;
        }
        VerdictRule rule = new VerdictRule(id, aspect, between, kind, winner, summary, evidence, field.file(), field.line());
        checkSupport(field, rule);
        return rule;
    }

    private boolean checkBetween(Field field, List<String> between) {
        if (between.size() < 2) {
            problems.add(field.file(), field.lineOf("between"), "'between' lists the two or more entities the rule compares");
            return false;
        }
        boolean ok = true;
        for (String entity : between) {
            if (!entityIds.contains(entity)) {
                problems.add(field.file(), field.lineOf("between"), "unknown entity '" + entity + "'");
                ok = false;
            }
        }
        if (new HashSet<>(between).size() != between.size()) {
            problems.add(field.file(), field.lineOf("between"), "'between' names an entity twice");
            ok = false;
        }
        return ok;
    }

    /** The rule's evidence, or null when it has errors (already reported). */
    private List<Evidence> evidence(Field field, List<String> between) {
        return field.mappings("evidence", "a rule needs evidence: a list of {source, side, quote}",
                "each evidence is a mapping of source, side and quote", one -> oneEvidence(one, between));
    }

    private Evidence oneEvidence(Field field, List<String> between) {
        field.onlyKeys(List.of("source", "side", "quote", "case"));
        String source = field.required("source");
        String side = field.optional("side");
        boolean states = field.flag("case");
        if (states && side == null) {
            problems.add(field.file(), field.lineOf("case"), "a quote that states a case needs the side it is the case for");
            return null;
        }
        YamlNode quoteNode = field.item().get("quote");
        String quote = quoteNode instanceof YamlNode.Scalar scalar ? scalar.text() : null;
        int line = field.lineOf("quote");
        if (quote == null || quote.isBlank()) {
            problems.add(field.file(), line, "missing field 'quote'");
            return null;
        }
        if (side != null && !between.contains(side)) {
            problems.add(field.file(), field.lineOf("side"), "side '" + side + "' is not one of " + between);
            return null;
        }
        if (source == null) {
            return null;
        }
        SourceDocument document = documents.get(source);
        if (document == null) {
            problems.add(field.file(), field.lineOf("source"), "unknown source '" + source + "'");
            return null;
        }
        String notVerbatim = SourceQuotes.notVerbatim(document, quote);
        if (notVerbatim != null) {
            problems.add(field.file(), line, notVerbatim);
            return null;
        }
        return new Evidence(source, side, quote, field.file(), line, states);
    }

    private void checkSupport(Field field, VerdictRule rule) {
        Map<String, Integer> support = rule.support();
        List<Evidence> cases = rule.evidence().stream().filter(Evidence::states).toList();
        if (rule.kind() != RuleKind.DEPENDS) {
            cases.forEach(quote -> problems.add(quote.file(), quote.line(),
                    "only a depends rule's quotes can state the case for a side (case: true)"));
        } else if (!cases.isEmpty() && cases.stream().map(Evidence::side).distinct().count() < 2) {
            // a case on one side only settles nothing: the question must be clearly closer to one case than to another
            problems.add(cases.get(0).file(), cases.get(0).line(), "rule '" + rule.id()
                    + "' states the case of one side only; state a case for each side, or none");
        }
        switch (rule.kind()) {
            case FAVORS -> {
                int winner = support.get(rule.winner());
                support.forEach((entity, count) -> {
                    if (!entity.equals(rule.winner()) && count >= winner) {
                        problems.add(field.file(), field.lineOf("winner"), "rule '" + rule.id() + "' favors " + rule.winner()
                                + " but only " + winner + " source(s) back it against " + count + " for " + entity);
                    }
                });
            }
            case CONTESTED -> {
                long sides = support.values().stream().filter(count -> count > 0).count();
                if (sides < 2) {
                    problems.add(field.file(), field.lineOf("verdict"), "a contested rule needs evidence on at least two sides");
                }
            }
            case DEPENDS -> {
                // a neutral quote that says "it depends" is evidence enough
            }
        }
    }
}
