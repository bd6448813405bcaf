package dev.stackbot.discord;

import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static dev.stackbot.discord.fake.FakeDiscord.editOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.cluster.ClusterReload;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reply path when answers are slow: the real bot on the real engine behind a gate the test opens, so an
 * answer is ready only when the test says so (a cold model, a long reload). Fast answers, one callback of type 4,
 * are covered by {@link DiscordInteractionsE2ETest}.
 */
@Timeout(60)
@DisplayName("Discord e2e: a slow answer is deferred at the deadline then edited; a busy bot defers at once")
final class DiscordReplyPathE2ETest {

    private static final String QUESTION = DiscordInteractionsE2ETest.QUESTION;

    /** The real engine, whose answers wait until the gate opens. */
    private static final class GatedEngine implements BotEngine {
        final BotEngine real;
        final CountDownLatch gate = new CountDownLatch(1);
        /** One permit per answer that has reached the gate. */
        final Semaphore arrived = new Semaphore(0);

        GatedEngine(BotEngine real) {
            this.real = real;
        }

        @Override
        public Answer ask(String question, List<String> previousSubjects) {
            arrived.release();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.ask(question, previousSubjects);
        }

        @Override
        public Comparison compare(String first, String second, String aspectOrNull) {
            return real.compare(first, second, aspectOrNull);
        }

        @Override
        public KnowledgeOverview overview() {
            return real.overview();
        }

        @Override
        public ClusterReload reload() {
            return real.reload();
        }
    }

    private GatedEngine engine;
    private BotHarness harness;

    @BeforeEach
    void start() throws Exception {
        engine = new GatedEngine(Fixture.botEngine(Fixtures.FIXTURE));
        harness = BotHarness.start(engine);
    }

    @AfterEach
    void stop() {
        engine.gate.countDown();
        harness.close();
    }

    @Test
    @DisplayName("an answer not ready by the deadline: deferred (type 5) at the deadline, then the edit carries the answer")
    void slowAnswerIsDeferredThenEdited() throws Exception {
        String expected = engine.real.ask(QUESTION, List.of()).verdict().summary();
        // when a member asks and the answer is held back
        long id = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        // then the interaction is acknowledged anyway, with a public deferral
        RecordedRequest callback = harness.discord.awaitRequest(callbackOf(id));
        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        assertThat(callback.body().path("data").path("flags").asInt(0) & 64).isZero();
        assertThat(harness.discord.requests()).noneMatch(editOf(id));
        // when the answer is ready
        engine.gate.countDown();
        // then it edits the deferred response, and there was never a second callback
        RecordedRequest edit = harness.discord.awaitRequest(editOf(id));
        assertThat(Json.embed(edit.body()).path("title").asText()).isEqualTo(expected);
        assertThat(Json.buttonIds(edit.body())).anyMatch(b -> b.startsWith("fb:up:"));
        assertThat(harness.discord.requests()).filteredOn(callbackOf(id)).hasSize(1);
    }

    @Test
    @DisplayName("with a question already waiting for a worker, the next is deferred at once, before the earlier ones' deadlines; all are answered after")
    void busyBotDefersAtOnce() throws Exception {
        // given every answer worker held by a question, and one more question waiting in the queue
        List<Long> held = new ArrayList<>();
        for (int i = 0; i < ReplyPools.ANSWER_THREADS; i++) {
            held.add(harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION)));
        }
        assertThat(engine.arrived.tryAcquire(ReplyPools.ANSWER_THREADS, 20, TimeUnit.SECONDS)).isTrue();
        held.add(harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION)));
        // when one more question comes
        long waiting = harness.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
        // then it is deferred at once, while the earlier ones still wait for their 1.5 s deadline
        RecordedRequest deferral = harness.discord.awaitRequest(callbackOf(waiting));
        assertThat(deferral.body().path("type").asInt()).isEqualTo(5);
        List<RecordedRequest> sofar = harness.discord.requests();
        int deferredAt = sofar.indexOf(deferral);
        for (long id : held) {
            assertThat(sofar.subList(0, deferredAt)).as("no response to %d before the waiting one's", id)
                    .noneMatch(callbackOf(id));
        }
        // when the answers come through, every question gets its answer: the held ones directly or after their
        // deadline's deferral (whichever came first), the waiting one as the edit of its deferral
        engine.gate.countDown();
        String expected = engine.real.ask(QUESTION, List.of()).verdict().summary();
        for (long id : held) {
            assertThat(Json.embed(harness.discord.awaitRequest(answerOf(id)).body()).path("title").asText()).isEqualTo(expected);
            assertThat(harness.discord.requests()).filteredOn(callbackOf(id)).hasSize(1);
        }
        assertThat(Json.embed(harness.discord.awaitRequest(editOf(waiting)).body()).path("title").asText()).isEqualTo(expected);
        assertThat(harness.discord.requests()).filteredOn(callbackOf(waiting)).hasSize(1);
    }

    @Test
    @DisplayName("the answer queue full: the next /ask is told 'busy' privately at once, a mention in the channel; the queued ones are still answered")
    void fullQueueSaysBusy() throws Exception {
        // given a bot with one answer worker and room for one waiting question, both taken
        GatedEngine gated = new GatedEngine(Fixture.botEngine(Fixtures.FIXTURE));
        try (BotHarness small = BotHarness.startOn(gated, new ReplyPools(1, 1, 2))) {
            long working = small.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            assertThat(gated.arrived.tryAcquire(1, 20, TimeUnit.SECONDS)).isTrue();
            long queued = small.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            assertThat(small.discord.awaitRequest(callbackOf(queued)).body().path("type").asInt())
                    .as("the queued one is acknowledged while it waits").isEqualTo(5);

            // when one more member asks, and another mentions the bot
            long refused = small.discord.slash("ask", Ids.fresh(), Map.of("question", QUESTION));
            long mention = small.discord.guildMessage(Ids.CHANNEL, Ids.fresh(), "<@" + Ids.BOT + "> " + QUESTION, Ids.BOT);

            // then the /ask gets "busy" as its first response, privately (flag 64), never a silent drop
            RecordedRequest busy = small.discord.awaitRequest(callbackOf(refused));
            assertThat(busy.body().path("type").asInt()).isEqualTo(4);
            assertThat(busy.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
            assertThat(Json.embed(busy.body()).path("title").asText()).isEqualTo("Busy");
            // and the mention a "busy" reply in its channel
            RecordedRequest said = small.discord.awaitRequest(FakeDiscord.postIn(Ids.CHANNEL));
            assertThat(Json.embed(said.body()).path("title").asText()).isEqualTo("Busy");
            assertThat(said.body().path("message_reference").path("message_id").asText()).isEqualTo(Ids.s(mention));

            // and once the worker is free, the two it took are answered
            gated.gate.countDown();
            String expected = gated.real.ask(QUESTION, List.of()).verdict().summary();
            assertThat(Json.embed(small.discord.awaitRequest(answerOf(working)).body()).path("title").asText())
                    .isEqualTo(expected);
            assertThat(Json.embed(small.discord.awaitRequest(editOf(queued)).body()).path("title").asText())
                    .isEqualTo(expected);
        }
    }
}
