package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.dv8tion.jda.api.EmbedBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
@DisplayName("FirstResponse: the answer or the deferral is an interaction's first response, decided exactly once")
final class FirstResponseTest {

    private static final Reply ANSWER = Reply.of(new EmbedBuilder().setTitle("the answer").build());

    /** What a responder was asked to send, in order. */
    private static final class Recorder implements FirstResponse.Responder {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void reply(Reply reply, boolean privately) {
            sent.add(privately ? "reply-private" : "reply");
        }

        @Override
        public void defer() {
            sent.add("defer");
        }

        @Override
        public void edit(Reply reply) {
            sent.add("edit");
        }
    }

    @Test
    @DisplayName("an answer ready before the deadline is the one response; the deadline then sends nothing")
    void answerBeforeDeadline() {
        // given an interaction waiting for its answer
        Recorder responder = new Recorder();
        FirstResponse response = new FirstResponse(responder);
        // when the answer comes, then the deadline
        response.answer(ANSWER, false);
        boolean deferred = response.defer();
        // then only the reply went out
        assertThat(deferred).isFalse();
        assertThat(responder.sent).containsExactly("reply");
        assertThat(response.state()).isEqualTo(FirstResponse.State.ANSWERED);
    }

    @Test
    @DisplayName("a deadline before the answer defers; the answer then edits the deferral")
    void deadlineBeforeAnswer() {
        Recorder responder = new Recorder();
        FirstResponse response = new FirstResponse(responder);
        // when the deadline comes first (or the bot was busy), and the answer after
        assertThat(response.defer()).isTrue();
        response.answer(ANSWER, false);
        // then: defer, then edit, never a second first response
        assertThat(responder.sent).containsExactly("defer", "edit");
        assertThat(response.state()).isEqualTo(FirstResponse.State.DEFERRED);
    }

    @Test
    @DisplayName("a second deadline (busy, then the timer) defers only once")
    void defersOnce() {
        Recorder responder = new Recorder();
        FirstResponse response = new FirstResponse(responder);
        assertThat(response.defer()).isTrue();
        assertThat(response.defer()).isFalse();
        assertThat(responder.sent).containsExactly("defer");
    }

    @Test
    @DisplayName("an apology sent as the first response is private")
    void apologyIsPrivate() {
        Recorder responder = new Recorder();
        new FirstResponse(responder).answer(ANSWER, true);
        assertThat(responder.sent).containsExactly("reply-private");
    }

    @Test
    @DisplayName("answer and deadline racing on two threads, 20,000 times: always exactly one first response, and an edit exactly when deferred")
    void raceIsDecidedOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            int replies = 0;
            int deferrals = 0;
            for (int round = 0; round < 20_000; round++) {
                // given one interaction, and the answer and the deadline released at the same instant
                Recorder responder = new Recorder();
                FirstResponse response = new FirstResponse(responder);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> answer = threads.submit(() -> {
                    start.await();
                    response.answer(ANSWER, false);
                    return null;
                });
                Future<?> deadline = threads.submit(() -> {
                    start.await();
                    response.defer();
                    return null;
                });
                answer.get();
                deadline.get();
                // then exactly one of the two shapes went out
                if (responder.sent.equals(List.of("reply"))) {
                    replies++;
                } else {
                    // the deadline may win the state and be pre-empted before it sends: the edit can then be
                    // handed over first, which JDA holds until the deferral is acknowledged (its hook's actions
                    // wait for the interaction's first response), so only the pair matters, not its order
                    assertThat(responder.sent).as("round %d", round).containsExactlyInAnyOrder("defer", "edit");
                    deferrals++;
                }
            }
            assertThat(replies + deferrals).isEqualTo(20_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
