package dev.stackbot.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.Citation;
import dev.stackbot.verdict.VerdictKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an evaluation set through the engine and scores verdicts, evidence and refusals. */
public final class Evaluator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AskService ask;

    public Evaluator(AskService ask) {
        this.ask = ask;
    }

    /** Reads a JSON-lines evaluation file. @throws IllegalArgumentException naming the bad line */
    public static List<EvalCase> read(Path file) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines.get(i));
                if (!node.hasNonNull("q")) {
                    throw new IllegalArgumentException("no \"q\"");
                }
                cases.add(new EvalCase(node.path("id").asText("line" + (i + 1)), node.get("q").asText(),
                        node.has("covered") ? node.get("covered").asBoolean() : null,
                        strings(node.get("kind")), node.hasNonNull("winner") ? node.get("winner").asText() : null,
                        strings(node.get("evidence")), strings(node.get("evidence_all")),
                        node.hasNonNull("category") ? node.get("category").asText() : null));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not an evaluation line: " + e.getMessage(), e);
            }
        }
        return cases;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    public EvalReport run(List<EvalCase> cases) {
        Tally all = new Tally();
        java.util.Map<String, Tally> byCategory = new java.util.LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (EvalCase c : cases) {
            Answer answer = ask.ask(c.question());
            List<Tally> tallies = c.category() == null ? List.of(all)
                    : List.of(all, byCategory.computeIfAbsent(c.category(), k -> new Tally()));
            tallies.forEach(t -> t.questions++);
            if (Boolean.FALSE.equals(c.covered())) {
                boolean refused = !answer.covered()
                        || (answer.verdict().kind() == VerdictKind.NONE && answer.citations().isEmpty());
                count(tallies, t -> t.refusals, refused, misses, c, "refusal", "covered=false", "covered=" + answer.covered());
            }
            if (!c.kinds().isEmpty()) {
                String got = answer.verdict().kind().wire();
                boolean ok = c.kinds().contains(got)
                        && (answer.verdict().kind() != VerdictKind.FAVORS || c.winner() == null
                            || c.winner().equals(answer.verdict().winner()));
                count(tallies, t -> t.verdicts, ok, misses, c, "verdict", c.kinds() + (c.winner() == null ? "" : " " + c.winner()),
                        got + (answer.verdict().winner() == null ? "" : " " + answer.verdict().winner())
                                + " (aspect " + answer.aspect() + ")");
            }
            if (!c.evidence().isEmpty()) {
                List<Citation> top = answer.citations().stream().limit(3).toList();
                boolean ok = c.evidence().stream().anyMatch(p -> top.stream().anyMatch(t -> Phrase.occursIn(p, t.passage())));
                count(tallies, t -> t.evidence, ok, misses, c, "evidence@3", String.valueOf(c.evidence()), firstWords(top));
            }
            if (!c.evidenceAll().isEmpty()) {
                List<Citation> top = answer.citations().stream().limit(5).toList();
                boolean ok = c.evidenceAll().stream().allMatch(p -> top.stream().anyMatch(t -> Phrase.occursIn(p, t.passage())));
                count(tallies, t -> t.evidenceAll, ok, misses, c, "evidence_all@5", String.valueOf(c.evidenceAll()), firstWords(top));
            }
        }
        java.util.Map<String, EvalReport.Scores> categories = new java.util.LinkedHashMap<>();
        byCategory.forEach((name, tally) -> categories.put(name, tally.scores()));
        EvalReport.Scores total = all.scores();
        return new EvalReport(cases.size(), total.verdicts(), total.evidence(), total.evidenceAll(), total.refusals(),
                misses, categories);
    }

    /** Correct and total counts of the four scores, for the whole set or one category. */
    private static final class Tally {
        int questions;
        final int[] verdicts = new int[2];
        final int[] evidence = new int[2];
        final int[] evidenceAll = new int[2];
        final int[] refusals = new int[2];

        EvalReport.Scores scores() {
            return new EvalReport.Scores(questions, score(verdicts), score(evidence), score(evidenceAll), score(refusals));
        }
    }

    private static void count(List<Tally> tallies, java.util.function.Function<Tally, int[]> metric, boolean ok,
                              List<String> misses, EvalCase c, String name, String expected, String got) {
        for (Tally tally : tallies) {
            int[] score = metric.apply(tally);
            score[1]++;
            score[0] += ok ? 1 : 0;
        }
        if (!ok) {
            misses.add(c.id() + " " + name + ": \"" + c.question() + "\" expected " + expected + ", got " + got);
        }
    }

    private static String firstWords(List<Citation> citations) {
        List<String> heads = citations.stream()
                .map(c -> c.passage().length() > 60 ? c.passage().substring(0, 60) + "…" : c.passage()).toList();
        return heads.toString();
    }

    private static EvalReport.Score score(int[] score) {
        return new EvalReport.Score(score[0], score[1]);
    }
}
