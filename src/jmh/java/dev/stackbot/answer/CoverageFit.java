package dev.stackbot.answer;

import dev.stackbot.evaluation.EvalCase;
import dev.stackbot.evaluation.Evaluator;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.OnnxEmbedder;
import dev.stackbot.semantic.Semantics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the coverage model of {@link CoverageCheck} again, and checks the shipped one: for every question of
 * the sets that names none of the knowledge's technologies, the engine's own closeness signals; a logistic
 * regression (features standardized, L2 0.01, plain gradient descent) on the training sets; then, on every
 * set, the questions the shipped model and the refit one would let through or refuse wrongly.
 * Run: bin/bench --coverage TRAIN.jsonl... --check CHECK.jsonl...
 */
public final class CoverageFit {

    private static final String[] FEATURES = {"passages", "aspect", "overall", "centroid", "pair", "fact", "overall words"};
    private static final double L2 = 0.01;
    private static final int STEPS = 20_000;
    private static final double RATE = 0.5;

    /** One question of a set, with its label (in scope or not) and the engine's features. */
    private record Row(String set, String id, String question, boolean inScope, double[] x, CoverageCheck.Meaning meaning,
                       boolean pair) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> train = new ArrayList<>();
        List<Path> check = new ArrayList<>();
        List<Path> into = train;
        for (String arg : args) {
            if (arg.equals("--check")) {
                into = check;
            } else {
                into.add(Path.of(arg));
            }
        }
        try (Semantics semantics = new Semantics(OnnxEmbedder.load(EmbeddingModel.MINILM), null, 0)) {
            KnowledgeSnapshot snapshot = new SnapshotBuilder(semantics).build(Path.of("knowledge"));
            List<Row> training = rows(snapshot, train);
            double[][] model = fit(training);
            System.out.println("refit model (raw units):");
            System.out.printf("  bias %.2f%n", model[0][0]);
            for (int i = 0; i < FEATURES.length; i++) {
                System.out.printf("  %-14s %.2f%n", FEATURES[i], model[1][i]);
            }
            List<Path> all = new ArrayList<>(train);
            all.addAll(check);
            for (Path set : all) {
                report(set, rows(snapshot, List.of(set)), model);
            }
            oneName(snapshot, all);
        }
    }

    private static List<Row> rows(KnowledgeSnapshot snapshot, List<Path> sets) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Path set : sets) {
            for (EvalCase c : Evaluator.read(set)) {
                CoverageCheck.Signals signals = Answerer.topic(snapshot, c.question());
                if (signals == null || signals.meaning() == null || !signals.hasHits() || !signals.meaning().modelled()) {
                    continue;
                }
                CoverageCheck.Meaning m = signals.meaning();
                boolean pair = dev.stackbot.question.PairReference.in(QuestionReader.cleanText(c.question()));
                double[] x = {m.passages(), m.aspect(), m.overall(), m.centroid(), pair ? 1 : 0, m.fact(), m.overallWords() ? 1 : 0};
                rows.add(new Row(set.getFileName().toString(), c.id(), c.question(), !Boolean.FALSE.equals(c.covered()), x, m, pair));
            }
        }
        return rows;
    }

    /**
     * The questions that name one technology: for those comparing it with nothing, how close the in-scope ones
     * come to the knowledge at the least and which off-topic ones (the name in another sense) fall below
     * {@link CoverageCheck#NAME_IN_ANOTHER_SENSE}; for all, the lowest odds of an in-scope one and which
     * off-topic ones fall below {@link CoverageCheck#NAME_IN_ANOTHER_SENSE_ODDS}.
     */
    private static void oneName(KnowledgeSnapshot snapshot, List<Path> sets) throws Exception {
        float lowest = Float.MAX_VALUE;
        String lowestId = "";
        double lowestOdds = Double.MAX_VALUE;
        String lowestOddsId = "";
        int inScope = 0;
        int inScopeAlone = 0;
        List<String> offBelow = new ArrayList<>();
        List<String> offAbove = new ArrayList<>();
        for (Path set : sets) {
            for (EvalCase c : Evaluator.read(set)) {
                Answerer.OneName one = Answerer.oneName(snapshot, c.question());
                if (one == null) {
                    continue;
                }
                float closest = one.meaning().closest();
                double odds = CoverageCheck.odds(one.meaning(), one.pair());
                if (Boolean.FALSE.equals(c.covered())) {
                    boolean refused = one.alone() && closest < CoverageCheck.NAME_IN_ANOTHER_SENSE
                            || odds < CoverageCheck.NAME_IN_ANOTHER_SENSE_ODDS;
                    (refused ? offBelow : offAbove).add(String.format(java.util.Locale.ROOT, "%s %.2f/%.2f", c.id(),
                            closest, odds));
                    continue;
                }
                inScope++;
                if (odds < lowestOdds) {
                    lowestOdds = odds;
                    lowestOddsId = c.id();
                }
                if (one.alone()) {
                    inScopeAlone++;
                    if (closest < lowest) {
                        lowest = closest;
                        lowestId = c.id();
                    }
                }
            }
        }
        String least = inScopeAlone == 0 ? "none" : String.format(java.util.Locale.ROOT, "%.2f (%s)", lowest, lowestId);
        String leastOdds = inScope == 0 ? "none" : String.format(java.util.Locale.ROOT, "%.2f (%s)", lowestOdds, lowestOddsId);
        System.out.printf(java.util.Locale.ROOT, "one name: %d in scope, %d of them compared with nothing, the closest of"
                + " those at least %s, the odds of all at least %s; off-topic refused (closest %.2f alone, odds %.2f;"
                + " closest/odds): %s; off-topic let through: %s%n", inScope, inScopeAlone, least, leastOdds,
                CoverageCheck.NAME_IN_ANOTHER_SENSE, CoverageCheck.NAME_IN_ANOTHER_SENSE_ODDS, offBelow, offAbove);
    }

    /** [0][0] the bias, [1] the weights, both in the features' own units. */
    private static double[][] fit(List<Row> rows) {
        int n = rows.size();
        int d = FEATURES.length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Row row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row.x()[j] / n;
            }
        }
        for (Row row : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += Math.pow(row.x()[j] - mean[j], 2) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
        }
        double[] w = new double[d];
        double b = 0;
        for (int step = 0; step < STEPS; step++) {
            double[] grad = new double[d];
            double gradB = 0;
            for (Row row : rows) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * (row.x()[j] - mean[j]) / sd[j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (row.inScope() ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    grad[j] += error * (row.x()[j] - mean[j]) / sd[j] / n;
                }
                gradB += error / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= RATE * (grad[j] + L2 * w[j]);
            }
            b -= RATE * gradB;
        }
        double[] raw = new double[d];
        double bias = b;
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
            bias -= w[j] * mean[j] / sd[j];
        }
        return new double[][] {{bias}, raw};
    }

    private static void report(Path set, List<Row> rows, double[][] model) {
        List<String> shippedWrong = new ArrayList<>();
        List<String> refitWrong = new ArrayList<>();
        int in = 0;
        int out = 0;
        for (Row row : rows) {
            in += row.inScope() ? 1 : 0;
            out += row.inScope() ? 0 : 1;
            boolean shipped = CoverageCheck.odds(row.meaning(), row.pair()) >= 0.5 || row.meaning().askedFact() >= CoverageCheck.ASKED_FACT;
            double z = model[0][0];
            for (int j = 0; j < FEATURES.length; j++) {
                z += model[1][j] * row.x()[j];
            }
            boolean refit = z >= 0 || row.meaning().askedFact() >= CoverageCheck.ASKED_FACT;
            if (shipped != row.inScope()) {
                shippedWrong.add((row.inScope() ? "refused " : "let through ") + row.id());
            }
            if (refit != row.inScope()) {
                refitWrong.add((row.inScope() ? "refused " : "let through ") + row.id());
            }
        }
        System.out.printf("%-22s naming nothing: %d in scope, %d not | shipped model wrong on %s | refit wrong on %s%n",
                set.getFileName(), in, out, shippedWrong, refitWrong);
    }

    private CoverageFit() {
    }
}
