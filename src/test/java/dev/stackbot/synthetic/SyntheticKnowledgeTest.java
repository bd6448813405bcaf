package dev.stackbot.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.SnapshotBuilder;
import dev.stackbot.verdict.VerdictKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Synthetic knowledge: what the benchmarks load is valid knowledge the engine answers from")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class SyntheticKnowledgeTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("a generated directory passes every loader check and splits into about the asked number of passages")
    void loadsAndSplits() {
        // given
        SyntheticKnowledge.Spec spec = SyntheticKnowledge.Spec.ofPassages(2_000);

        // when
        SyntheticKnowledge.Generated generated = SyntheticKnowledge.write(spec, temp.resolve("k"));
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(generated.dir());

        // then
        assertThat(snapshot.knowledge().rules()).hasSize(generated.rules());
        assertThat(snapshot.knowledge().entities()).hasSize(spec.entities());
        assertThat(snapshot.passages().size()).isBetween(spec.passages() * 95 / 100, spec.passages() * 105 / 100);
        assertThat(snapshot.passages()).noneMatch(p -> p.text().startsWith("Hire our"));
    }

    @Test
    @DisplayName("the same spec writes the same knowledge version")
    void deterministic() {
        // given
        SyntheticKnowledge.Spec spec = SyntheticKnowledge.Spec.ofPassages(1_000);

        // when
        String first = new SnapshotBuilder().build(SyntheticKnowledge.write(spec, temp.resolve("a")).dir()).version();
        String second = new SnapshotBuilder().build(SyntheticKnowledge.write(spec, temp.resolve("b")).dir()).version();

        // then
        assertThat(first).isEqualTo(second);
    }

    @Test
    @DisplayName("its questions are answered, and comparisons reach verdicts backed by the planted evidence")
    void questionsAreAnswered() {
        // given
        SyntheticKnowledge.Generated generated = SyntheticKnowledge.write(SyntheticKnowledge.Spec.ofPassages(2_000), temp.resolve("k"));
        AskService ask = new AskService(LiveKnowledge.open(generated.dir()));

        // when
        var answers = generated.questions().stream().map(ask::ask).toList();

        // then
        assertThat(answers).allSatisfy(a -> assertThat(a.text()).isNotBlank());
        assertThat(answers.stream().filter(Answer::covered).count()).isGreaterThan(answers.size() / 2);
        assertThat(answers).anySatisfy(a -> assertThat(a.verdict().kind()).isEqualTo(VerdictKind.FAVORS));
        assertThat(Files.isDirectory(generated.dir().resolve("sources"))).isTrue();
    }
}
