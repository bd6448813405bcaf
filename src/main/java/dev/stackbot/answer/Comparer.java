package dev.stackbot.answer;

import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.passage.Passage;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Compares two entities on one snapshot, aspect by aspect: each aspect's verdict and the strongest quote of each side. */
final class Comparer {

    private Comparer() {
    }

    /**
     * Compares two entities (ids or any alias) over every aspect, or over one aspect (id, label or signal word).
     *
     * @throws UnknownNameException when an entity or the aspect is not in the knowledge (its message is user-facing)
     */
    static Comparison compare(KnowledgeSnapshot snapshot, String first, String second, String aspectOrNull) {
        Knowledge knowledge = snapshot.knowledge();
        String a = entity(snapshot, first);
        String b = entity(snapshot, second);
        if (a.equals(b)) {
            throw new UnknownNameException("Pick two different technologies to compare.");
        }
        List<Aspect> aspects = knowledge.aspects();
        if (aspectOrNull != null && !aspectOrNull.isBlank()) {
            Aspect aspect = snapshot.reader().aspectNamed(aspectOrNull);
            if (aspect == null) {
                throw new UnknownNameException("I know no aspect called \"" + QuestionReader.cleanText(aspectOrNull)
                        + "\". Try one of: " + String.join(", ", aspects.stream().map(Aspect::id).toList()) + ".");
            }
            aspects = List.of(aspect);
        }
        List<Comparison.Row> rows = new ArrayList<>();
        for (Aspect aspect : aspects) {
            VerdictRule rule = snapshot.verdicts().ruleFor(aspect.id(), List.of(a, b));
            if (rule == null) {
                rows.add(new Comparison.Row(aspect.id(), aspect.label(),
                        Verdict.none("No verdict — the sources take no side"), List.of()));
                continue;
            }
            Verdict verdict = snapshot.verdicts().verdictOf(rule, List.of(a, b));
            rows.add(new Comparison.Row(aspect.id(), aspect.label(), verdict, strongestPerSide(snapshot, rule, List.of(a, b))));
        }
        return new Comparison(a, knowledge.entityName(a), b, knowledge.entityName(b), rows, snapshot.version());
    }

    private static String entity(KnowledgeSnapshot snapshot, String name) {
        String id = snapshot.reader().entityNamed(name);
        if (id == null) {
            String known = String.join(", ", snapshot.knowledge().entities().stream().map(e -> e.id()).toList());
            throw new UnknownNameException("I have no sources about \"" + QuestionReader.cleanText(name)
                    + "\". I know: " + known + ".");
        }
        return id;
    }

    /** The first evidence quote of each side, in the order of {@code sides}. */
    private static List<Citation> strongestPerSide(KnowledgeSnapshot snapshot, VerdictRule rule, List<String> sides) {
        List<Citation> citations = new ArrayList<>();
        for (String side : sides) {
            for (EvidencePassage evidence : snapshot.evidence(rule)) {
                if (side.equals(evidence.side())) {
                    citations.add(Citation.of(snapshot, citations.size() + 1, evidence.ordinal(), 0, side));
                    break;
                }
            }
        }
        return citations;
    }
}
