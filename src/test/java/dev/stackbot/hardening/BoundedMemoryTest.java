package dev.stackbot.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.Heap;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("Bounded memory: a flood of distinct questions does not grow the heap past the answer cache's bound")
final class BoundedMemoryTest {

    private static final int FLOOD = 100_000;
    /** Small enough that an unbounded cache (100,000 answers) could not fit, large enough to hold the bound's answers. */
    private static final long ALLOWED_GROWTH = 64L * 1024 * 1024;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    @DisplayName("100,000 distinct questions retain no more than the cache's bound of answers")
    void floodStaysBounded() throws Exception {
        // given: the small fixture (the cache bound, not the knowledge, is under test) and a cache of 2,000 answers
        LiveKnowledge live = LiveKnowledge.open(Fixtures.FIXTURE);
        AskService ask = new AskService(live, 2_000);
        ask.ask("warm up: is rust faster than go?");
        long before = Heap.usedAfterGc();

        // when: 100,000 distinct questions on both cores, each different from every other
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < FLOOD; i += 2) {
                    ask.ask(i % 3 == 0 ? "is rust faster than go for service " + i + "?"
                            : i % 3 == 1 ? "go or rust for concurrency with " + i + " threads?"
                            : "what about tool-" + i + " and the weather " + i);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long after = Heap.usedAfterGc();

        // then: what stayed is about the bound's worth of answers, not the flood's
        assertThat(after - before).as("retained growth in bytes").isLessThan(ALLOWED_GROWTH);
    }
}
