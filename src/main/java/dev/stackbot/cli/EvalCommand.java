package dev.stackbot.cli;

import dev.stackbot.answer.AskService;
import dev.stackbot.evaluation.EvalCase;
import dev.stackbot.evaluation.EvalReport;
import dev.stackbot.evaluation.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** stackbot eval: scores a question set and lists every miss. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score an evaluation set (JSON lines): verdict accuracy, evidence hit@3, refusals; list each miss.")
public final class EvalCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Evaluation file, e.g. ../shared/eval/dev.jsonl")
    Path file;

    public EvalCommand(EngineProvider engines) {
        super(engines);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        if (!Files.isReadable(file)) {
            throw usage("Cannot read " + file);
        }
        List<EvalCase> cases;
        try {
            cases = Evaluator.read(file);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        AskService ask = open();
        if (ask == null) {
            return Terminal.KNOWLEDGE_ERROR;
        }
        EvalReport report = new Evaluator(ask).run(cases);
        out.println(report.questions() + " questions");
        out.println("  verdict accuracy   " + report.verdicts());
        out.println("  evidence hit@3     " + report.evidence());
        out.println("  evidence_all @5    " + report.evidenceAll());
        out.println("  refusals           " + report.refusals());
        if (!report.categories().isEmpty()) {
            out.println();
            out.printf("  %-16s %9s  %-12s %-12s %-12s %-12s%n", "category", "questions", "verdicts", "evidence@3",
                    "both sides@5", "refusals");
            report.categories().forEach((name, s) -> out.printf("  %-16s %9d  %-12s %-12s %-12s %-12s%n", name,
                    s.questions(), cell(s.verdicts()), cell(s.evidence()), cell(s.evidenceAll()), cell(s.refusals())));
        }
        if (!report.misses().isEmpty()) {
            out.println("\nMisses:");
            report.misses().forEach(m -> out.println("  " + m));
        }
        out.flush();
        return 0;
    }

    /** A score as "n/m", or "–" when the category has no question of that kind. */
    private static String cell(dev.stackbot.evaluation.EvalReport.Score score) {
        return score.total() == 0 ? "\u2013" : score.correct() + "/" + score.total();
    }
}
