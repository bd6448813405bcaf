package dev.stackbot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Evaluation sets meet their targets on the shipped knowledge")
final class EvaluationTest {

    /** The shared dev set sits beside the repository (CI clones it next to shared/). */
    private static final Path DEV = Path.of("../shared/eval/dev.jsonl");
    /** Our own questions, written apart from the dev set, to check that understanding generalizes. */
    private static final Path HELD_OUT = Path.of("src/test/resources/eval/heldout.jsonl");
    /** Lexical: what `--semantic off`, or a machine where the model cannot run, answers with. */
    private static final AskService ASK = new AskService(LiveKnowledge.open(Fixtures.SHIPPED));
    /** As shipped: with the semantic layer (vectors kept in memory only). */
    private static final AskService SEMANTIC = new AskService(LiveKnowledge.open(Fixtures.SHIPPED,
            new dev.stackbot.semantic.Semantics(dev.stackbot.semantic.OnnxEmbedder.load(
                    dev.stackbot.semantic.EmbeddingModel.MINILM), null)));

    private static EvalReport run(Path file) throws IOException {
        return new Evaluator(ASK).run(Evaluator.read(file));
    }

    @Test
    @DisplayName("as shipped, with the semantic layer: dev set ≥ 95% on verdicts and evidence, refusals 100%")
    void devSetSemantic() throws IOException {
        assumeTrue(Files.isReadable(DEV), "the shared dev set is not beside this clone");

        EvalReport report = new Evaluator(SEMANTIC).run(Evaluator.read(DEV));

        assertThat(report.verdicts().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.evidence().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.refusals().ratio()).as(report.misses().toString()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("as shipped, with the semantic layer: held-out set ≥ 90%, refusals 100%")
    void heldOutSetSemantic() throws IOException {
        EvalReport report = new Evaluator(SEMANTIC).run(Evaluator.read(HELD_OUT));

        assertThat(report.verdicts().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.evidence().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.refusals().ratio()).as(report.misses().toString()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("dev set: verdicts ≥ 90%, evidence hit@3 ≥ 90%, refusals 100%")
    void devSet() throws IOException {
        assumeTrue(Files.isReadable(DEV), "the shared dev set is not beside this clone");

        EvalReport report = run(DEV);

        assertThat(report.verdicts().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.evidence().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.refusals().ratio()).as(report.misses().toString()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("held-out set: the same targets")
    void heldOutSet() throws IOException {
        EvalReport report = run(HELD_OUT);

        assertThat(report.verdicts().total()).isGreaterThanOrEqualTo(20);
        assertThat(report.verdicts().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.evidence().ratio()).as(report.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.refusals().ratio()).as(report.misses().toString()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("scores are also counted per category, in the order categories first appear")
    void perCategory(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, String.join("\n",
                "{\"id\": \"a\", \"category\": \"out-of-scope\", \"q\": \"best pizza topping?\", \"covered\": false}",
                "{\"id\": \"b\", \"category\": \"plain\", \"q\": \"is Node faster for APIs?\", \"kind\": [\"favors\"], \"winner\": \"python\"}",
                "{\"id\": \"c\", \"q\": \"is Node faster for APIs?\", \"kind\": [\"favors\"], \"winner\": \"nodejs\"}"));

        EvalReport report = run(set);

        assertThat(report.categories()).containsOnlyKeys("out-of-scope", "plain");
        assertThat(report.categories().keySet()).containsExactly("out-of-scope", "plain");
        assertThat(report.categories().get("out-of-scope").refusals()).isEqualTo(new EvalReport.Score(1, 1));
        assertThat(report.categories().get("plain").verdicts()).isEqualTo(new EvalReport.Score(0, 1));
        assertThat(report.verdicts()).isEqualTo(new EvalReport.Score(1, 2));
    }

    @Test
    @DisplayName("phrase matching follows the eval README: bounded words, folded space, trailing * prefix")
    void phrases() {
        assertThat(Phrase.occursIn("scalab*", "very Scalable")).isTrue();
        assertThat(Phrase.occursIn("chat", "chatbots")).isFalse();
        assertThat(Phrase.occursIn("event loop", "an event\n  loop.")).isTrue();
        assertThat(Phrase.occursIn("GIL", "the GIL's lock")).isTrue();
    }
}
