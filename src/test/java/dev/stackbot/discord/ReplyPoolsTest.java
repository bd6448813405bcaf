package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
@DisplayName("ReplyPools: bounded, busy when a question would wait, and a full queue refuses rather than drops")
final class ReplyPoolsTest {

    @Test
    @DisplayName("idle or merely occupied workers are not busy; a question already waiting is (busy); past the queue one is refused")
    void busyAndFull() throws Exception {
        // given 2 workers and room for 1 waiting question
        try (ReplyPools pools = new ReplyPools(2, 1, 2)) {
            assertThat(ReplyPools.busy(pools.answers())).isFalse();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(2);
            Runnable blocked = () -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            // when both workers are taken
            pools.answers().execute(blocked);
            pools.answers().execute(blocked);
            running.await();
            // then a worker will soon be free: not busy yet
            assertThat(ReplyPools.busy(pools.answers())).isFalse();
            // when one question waits in the queue, the next would wait behind it: busy
            pools.answers().execute(() -> { });
            assertThat(ReplyPools.busy(pools.answers())).isTrue();
            // and the one after finds the queue full and is refused (the caller says "busy"), never silently dropped
            assertThatThrownBy(() -> pools.answers().execute(() -> { }))
                    .isInstanceOf(RejectedExecutionException.class);
            release.countDown();
        }
    }

    @Test
    @DisplayName("the standard pools have fixed ceilings: workers, their queue and JDA's REST threads")
    void standardIsBounded() {
        try (ReplyPools pools = ReplyPools.standard()) {
            assertThat(pools.answers().getMaximumPoolSize()).isEqualTo(ReplyPools.ANSWER_THREADS);
            assertThat(pools.answers().getQueue().remainingCapacity()).isEqualTo(ReplyPools.ANSWER_QUEUE);
            assertThat(((ThreadPoolExecutor) pools.restElastic()).getMaximumPoolSize()).isEqualTo(ReplyPools.REST_THREADS);
        }
    }
}
