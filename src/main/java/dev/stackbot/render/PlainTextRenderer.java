package dev.stackbot.render;

import dev.stackbot.knowledge.Erratum;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.verdict.Verdict;
import dev.stackbot.verdict.VerdictKind;
import java.util.List;
import java.util.stream.Collectors;

/** Answers, comparisons and overviews as plain text for a terminal. */
public final class PlainTextRenderer {

    private final int citationsShown;

    /** @param citationsShown how many citations an answer shows (the rest are counted) */
    public PlainTextRenderer(int citationsShown) {
        this.citationsShown = citationsShown;
    }

    public String answer(Answer answer) {
        StringBuilder out = new StringBuilder(answer.text()).append('\n');
        if (answer.covered() && answer.verdict().kind() != VerdictKind.NONE) {
            out.append(support(answer.verdict(), answer.subjects(), answer.subjectNames())).append('\n');
        }
        List<Citation> citations = answer.citations();
        if (!citations.isEmpty()) {
            out.append('\n');
            citations.stream().limit(citationsShown).forEach(c -> out.append(citation(c)).append("\n\n"));
            if (citations.size() > citationsShown) {
                out.append("(").append(citations.size() - citationsShown).append(" more sources: use --json to see all)\n");
            }
        }
        out.append("knowledge ").append(answer.knowledgeVersion()).append('\n');
        return out.toString();
    }

    /** "[1] “quote”\n    — Title, Publisher", and under it each maintainer's correction of the quote, with its reference. */
    static String citation(Citation citation) {
        StringBuilder out = new StringBuilder("[" + citation.n() + "] \u201C" + citation.passage() + "\u201D\n    \u2014 "
                + citation.title() + ", " + citation.publisher());
        for (Erratum erratum : citation.errata()) {
            out.append("\n    Correction: \u201C").append(erratum.quote()).append("\u201D \u2014 ").append(erratum.correction())
                    .append(" (").append(erratum.reference()).append(')');
        }
        return out.toString();
    }

    private static String support(Verdict verdict, List<String> ids, List<String> names) {
        String counts = verdict.support().entrySet().stream()
                .map(e -> nameOf(e.getKey(), ids, names) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "Verdict: " + verdict.kind().wire() + (verdict.winner() == null ? "" : " " + verdict.winner())
                + (counts.isEmpty() ? "" : " | distinct sources per side: " + counts)
                + (verdict.rule() == null ? "" : " | rule " + verdict.rule());
    }

    private static String nameOf(String id, List<String> ids, List<String> names) {
        int i = ids.indexOf(id);
        return i >= 0 && i < names.size() ? names.get(i) : id;
    }

    public String comparison(Comparison comparison) {
        StringBuilder out = new StringBuilder(comparison.firstName()).append(" vs ").append(comparison.secondName()).append('\n');
        int width = comparison.rows().stream().mapToInt(r -> r.aspectLabel().length()).max().orElse(10);
        for (Comparison.Row row : comparison.rows()) {
            Verdict verdict = row.verdict();
            String counts = verdict.support().isEmpty() ? "" : "  (" + comparison.firstName() + " "
                    + verdict.support().getOrDefault(comparison.first(), 0) + " : "
                    + verdict.support().getOrDefault(comparison.second(), 0) + " " + comparison.secondName() + ")";
            out.append(String.format("  %-" + width + "s  %s%s%n", row.aspectLabel(), verdict.summary(), counts));
        }
        if (comparison.rows().size() == 1) {
            comparison.rows().get(0).citations().forEach(c -> out.append('\n').append(citation(c)).append('\n'));
        }
        out.append("\nCounts are distinct sources backing each side. knowledge ").append(comparison.knowledgeVersion()).append('\n');
        return out.toString();
    }

    public String overview(KnowledgeOverview overview) {
        StringBuilder out = new StringBuilder();
        out.append(overview.stats().documents()).append(" sources, ").append(overview.stats().passages())
                .append(" passages, ").append(overview.stats().rules()).append(" rules (knowledge ")
                .append(overview.version()).append(")\n\n");
        for (KnowledgeOverview.Source source : overview.sources()) {
            out.append("  ").append(source.id()).append('\n')
                    .append("    ").append(source.title()).append(" \u2014 ").append(source.publisher())
                    .append(source.published().isEmpty() ? ", undated" : ", " + source.published())
                    .append(" \u2014 ").append(source.kind()).append(", ").append(source.passages()).append(" passages\n");
        }
        out.append("\nEntities: ").append(overview.entities().stream().map(n -> n.name() + " (" + n.id() + ")")
                .collect(Collectors.joining(", "))).append('\n');
        out.append("Aspects: ").append(overview.aspects().stream().map(KnowledgeOverview.Named::id)
                .collect(Collectors.joining(", "))).append('\n');
        return out.toString();
    }
}
