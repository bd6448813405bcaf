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
                        strings(node.get("evidence")), strings(node.get("evidence_all"))));
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
        int[] verdicts = new int[2];
        int[] evidence = new int[2];
        int[] evidenceAll = new int[2];
        int[] refusals = new int[2];
        List<String> misses = new ArrayList<>();
        for (EvalCase c : cases) {
            Answer answer = ask.ask(c.question());
            if (Boolean.FALSE.equals(c.covered())) {
                boolean refused = !answer.covered()
                        || (answer.verdict().kind() == VerdictKind.NONE && answer.citations().isEmpty());
                count(refusals, refused, misses, c, "refusal", "covered=false", "covered=" + answer.covered());
            }
            if (!c.kinds().isEmpty()) {
                String got = answer.verdict().kind().wire();
                boolean ok = c.kinds().contains(got)
                        && (answer.verdict().kind() != VerdictKind.FAVORS || c.winner() == null
                            || c.winner().equals(answer.verdict().winner()));
                count(verdicts, ok, misses, c, "verdict", c.kinds() + (c.winner() == null ? "" : " " + c.winner()),
                        got + (answer.verdict().winner() == null ? "" : " " + answer.verdict().winner())
                                + " (aspect " + answer.aspect() + ")");
            }
            if (!c.evidence().isEmpty()) {
                List<Citation> top = answer.citations().stream().limit(3).toList();
                boolean ok = c.evidence().stream().anyMatch(p -> top.stream().anyMatch(t -> Phrase.occursIn(p, t.passage())));
                count(evidence, ok, misses, c, "evidence@3", String.valueOf(c.evidence()), firstWords(top));
            }
            if (!c.evidenceAll().isEmpty()) {
                List<Citation> top = answer.citations().stream().limit(5).toList();
                boolean ok = c.evidenceAll().stream().allMatch(p -> top.stream().anyMatch(t -> Phrase.occursIn(p, t.passage())));
                count(evidenceAll, ok, misses, c, "evidence_all@5", String.valueOf(c.evidenceAll()), firstWords(top));
            }
        }
        return new EvalReport(cases.size(), score(verdicts), score(evidence), score(evidenceAll), score(refusals), misses);
    }

    private static void count(int[] score, boolean ok, List<String> misses, EvalCase c, String metric,
                              String expected, String got) {
        score[1]++;
        if (ok) {
            score[0]++;
        } else {
            misses.add(c.id() + " " + metric + ": \"" + c.question() + "\" expected " + expected + ", got " + got);
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
