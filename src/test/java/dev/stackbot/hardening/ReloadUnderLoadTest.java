package dev.stackbot.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.answer.SnapshotBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reload under load: answers never fail and each comes whole from one snapshot")
final class ReloadUnderLoadTest {

    private static final int ASKERS = 8;
    private static final int RELOADS = 50;
    /** The sentence the two valid variants word differently, in the source and in the rule's quote. */
    private static final String WORDING_A = "Rust services are usually faster than Go services";
    private static final String WORDING_B = "Rust services are typically faster than Go services";

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("8 threads ask while 50 reloads alternate two valid variants and a broken one")
    void reloadsUnderLoad() throws Exception {
        // given: two valid variants whose speed answer quotes a different wording, and a broken rules file
        Path dir = Fixtures.copy(Fixtures.FIXTURE, temp.resolve("served"));
        Path source = dir.resolve("sources/gophers-weekly.md");
        Path rules = dir.resolve("rules.yaml");
        String sourceA = Files.readString(source);
        String rulesA = Files.readString(rules);
        String sourceB = sourceA.replace(WORDING_A, WORDING_B);
        String rulesB = rulesA.replace(WORDING_A, WORDING_B);
        String rulesBroken = rulesA + "  - id: [unclosed\n";
        assertThat(sourceB).isNotEqualTo(sourceA);
        assertThat(rulesB).isNotEqualTo(rulesA);
        KnowledgeSnapshot snapshotA = new SnapshotBuilder().build(dir);
        write(source, sourceB);
        write(rules, rulesB);
        KnowledgeSnapshot snapshotB = new SnapshotBuilder().build(dir);
        write(source, sourceA);
        write(rules, rulesA);
        Map<String, KnowledgeSnapshot> byVersion = Map.of(snapshotA.version(), snapshotA, snapshotB.version(), snapshotB);
        Map<String, String> wordingOf = Map.of(snapshotA.version(), WORDING_A, snapshotB.version(), WORDING_B);
        LiveKnowledge live = LiveKnowledge.open(dir);
        // a small cache, so that both cached and freshly computed answers are served during the reloads
        AskService ask = new AskService(live, 64);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Set<String> versionsAnswered = ConcurrentHashMap.newKeySet();
        AtomicLong answered = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(ASKERS);
        ExecutorService askers = Executors.newFixedThreadPool(ASKERS);
        for (int t = 0; t < ASKERS; t++) {
            int thread = t;
            askers.submit(() -> {
                started.countDown();
                long i = 0;
                while (!stop.get()) {
                    i++;
                    String question = switch ((int) (i % 4)) {
                        case 0 -> "is rust faster than go?";
                        case 1 -> "go or rust for concurrency?";
                        case 2 -> "is go easy to learn for service " + thread + "-" + i + "?";
                        default -> "Is Rust faster than Go for service " + thread + "-" + i + "?";
                    };
                    try {
                        Answer answer = ask.ask(question);
                        check(question, answer, byVersion, wordingOf, failures);
                        versionsAnswered.add(String.valueOf(answer.knowledgeVersion()));
                    } catch (RuntimeException | Error e) {
                        failures.add(question + ": threw " + e);
                    }
                    answered.incrementAndGet();
                }
            });
        }
        started.await();

        // when: 50 reloads, every other one broken, the valid ones alternating B and A
        List<ReloadResult> results = new ArrayList<>();
        for (int r = 0; r < RELOADS; r++) {
            boolean broken = r % 2 == 1;
            boolean variantB = (r / 2) % 2 == 0;
            write(source, variantB ? sourceB : sourceA);
            write(rules, broken ? rulesBroken : variantB ? rulesB : rulesA);
            results.add(live.reload());
            // let the askers serve this snapshot before the next reload replaces it
            long seen = answered.get();
            while (answered.get() < seen + ASKERS * 4 && failures.isEmpty()) {
                Thread.onSpinWait();
            }
        }
        stop.set(true);
        askers.shutdown();
        assertThat(askers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(failures).isEmpty();
        for (int r = 0; r < RELOADS; r++) {
            ReloadResult result = results.get(r);
            if (r % 2 == 1) {
                assertThat(result.swapped()).as("broken reload %d", r).isFalse();
                assertThat(result.errors()).as("broken reload %d", r).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("rules.yaml:"));
                assertThat(result.afterVersion()).isEqualTo(result.beforeVersion());
            } else {
                String expected = (r / 2) % 2 == 0 ? snapshotB.version() : snapshotA.version();
                assertThat(result.swapped()).as("valid reload %d: %s", r, result.errors()).isTrue();
                assertThat(result.afterVersion()).isEqualTo(expected);
            }
        }
        assertThat(versionsAnswered).containsExactlyInAnyOrder(snapshotA.version(), snapshotB.version());
    }

    /** Well-formed, from a served version, and quoting that version's wording only. */
    private static void check(String question, Answer answer, Map<String, KnowledgeSnapshot> byVersion,
                              Map<String, String> wordingOf, Queue<String> failures) {
        KnowledgeSnapshot snapshot = byVersion.get(answer.knowledgeVersion());
        if (snapshot == null) {
            failures.add(question + ": version " + answer.knowledgeVersion() + " was never served");
            return;
        }
        AnswerChecks.problems(answer, snapshot).forEach(p -> failures.add(question + ": " + p));
        String own = wordingOf.get(answer.knowledgeVersion());
        String other = own.equals(WORDING_A) ? WORDING_B : WORDING_A;
        if (answer.citations().stream().anyMatch(c -> c.passage().contains(other))) {
            failures.add(question + ": version " + answer.knowledgeVersion() + " cites the other variant's wording");
        }
        if (question.equals("is rust faster than go?")
                && answer.citations().stream().noneMatch(c -> c.passage().contains(own))) {
            failures.add(question + ": version " + answer.knowledgeVersion() + " does not cite its own wording: " + answer.citations());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
