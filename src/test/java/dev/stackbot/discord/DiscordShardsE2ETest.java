package dev.stackbot.discord;

import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackbot.Fixtures;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.FakeGuild;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bot on JDA's shard manager against a fake Discord that routes each guild to its shard. */
@Timeout(90)
@DisplayName("Discord e2e: shards")
final class DiscordShardsE2ETest {

    private static final String QUESTION = DiscordInteractionsE2ETest.QUESTION;

    /** Two guilds on each of {@code total} shards, in shard order. */
    private static List<FakeGuild> guildsOn(int total) {
        List<FakeGuild> guilds = new ArrayList<>();
        for (int shard = 0; shard < total; shard++) {
            guilds.add(FakeGuild.onShard(shard, total));
            guilds.add(FakeGuild.onShard(shard, total));
        }
        return guilds;
    }

    private static List<Long> ids(List<FakeGuild> guilds) {
        return guilds.stream().map(FakeGuild::id).toList();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + FakeDiscord.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** Asks /ask in each guild; returns the interaction id by guild, once each is answered. */
    private static Map<FakeGuild, Long> askEverywhere(BotHarness harness, List<FakeGuild> guilds) throws Exception {
        Map<FakeGuild, Long> asked = new LinkedHashMap<>();
        for (FakeGuild guild : guilds) {
            asked.put(guild, harness.discord.slash(guild, "ask", Ids.fresh(), Map.of("question", QUESTION)));
        }
        for (long id : asked.values()) {
            harness.discord.awaitRequest(r -> answerOf(id).test(r) && r.status() < 300);
        }
        return asked;
    }

    @Test
    @DisplayName("one process on 4 of 4 shards: each shard identifies as [id, 4] and loads its own guilds; every guild's /ask arrives on its shard and is answered exactly once")
    void fourShardsOneProcess() throws Exception {
        // given 8 guilds spread over 4 shards, and commands registered on each of them
        List<FakeGuild> guilds = guildsOn(4);
        try (BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE),
                FakeDiscord.Setup.of("t").shards(4).guilds(guilds), ShardPlan.parse("4", ""), ids(guilds))) {
            FakeDiscord discord = harness.discord;
            // then the process runs all four, each session holding exactly the guilds of its shard
            assertThat(harness.bot.processName()).isEqualTo("shards 0-3");
            assertThat(discord.identifies()).extracting(i -> i.shard() + "/" + i.total())
                    .containsExactlyInAnyOrder("0/4", "1/4", "2/4", "3/4");
            for (int shard = 0; shard < 4; shard++) {
                JDA session = harness.bot.shards().getShardById(shard);
                int own = shard;
                assertThat(session.getGuilds()).extracting(g -> g.getIdLong())
                        .containsExactlyInAnyOrderElementsOf(guilds.stream().filter(g -> g.shard(4) == own)
                                .map(FakeGuild::id).toList());
            }
            // and each guild's commands were registered once, through the shard that holds it
            for (FakeGuild guild : guilds) {
                assertThat(discord.requests()).filteredOn(r -> r.is("PUT",
                        "applications/\\d+/guilds/" + Ids.s(guild.id()) + "/commands")).hasSize(1);
            }
            assertThat(harness.bot.connected()).isTrue();

            // when a member asks in every guild
            Map<FakeGuild, Long> asked = askEverywhere(harness, guilds);

            // then each interaction went to its guild's shard and was acknowledged and answered once
            for (Map.Entry<FakeGuild, Long> ask : asked.entrySet()) {
                long id = ask.getValue();
                assertThat(discord.deliveredTo(id)).isEqualTo(ask.getKey().shard(4));
                assertThat(discord.requests()).filteredOn(callbackOf(id)::test).hasSize(1);
                // the answer is the first response, or the edit of a deferral when it came late: one of them
                List<RecordedRequest> answers = discord.requests().stream().filter(answerOf(id)).toList();
                assertThat(answers).hasSize(1);
                assertThat(Json.embed(answers.get(0).body()).path("title").asText())
                        .isEqualTo(harness.engine.ask(QUESTION, List.of()).verdict().summary());
            }
        }
    }

    @Test
    @DisplayName("a process running shards 2-3 of 4 connects only those two, registers only their guilds' commands and answers only their guilds")
    void partOfTheShards() throws Exception {
        // given 8 guilds over 4 shards, and a process told to run 2 and 3
        List<FakeGuild> guilds = guildsOn(4);
        try (BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE),
                FakeDiscord.Setup.of("t").shards(4).guilds(guilds), ShardPlan.parse("4", "2-3"), ids(guilds))) {
            FakeDiscord discord = harness.discord;
            // then only shards 2 and 3 identified
            assertThat(harness.bot.processName()).isEqualTo("shards 2-3");
            assertThat(harness.bot.shardIds()).containsExactly(2, 3);
            assertThat(discord.identifies()).extracting(i -> i.shard() + "/" + i.total())
                    .containsExactlyInAnyOrder("2/4", "3/4");
            assertThat(harness.bot.shardStates()).extracting(DiscordBot.ShardState::toString)
                    .containsExactly("shard 2/4: CONNECTED", "shard 3/4: CONNECTED");
            List<FakeGuild> mine = guilds.stream().filter(g -> g.shard(4) >= 2).toList();
            List<FakeGuild> others = guilds.stream().filter(g -> g.shard(4) < 2).toList();
            // and commands went to its four guilds only: the other process registers its own
            for (FakeGuild guild : guilds) {
                assertThat(discord.requests()).filteredOn(r -> r.is("PUT",
                        "applications/\\d+/guilds/" + Ids.s(guild.id()) + "/commands"))
                        .hasSize(mine.contains(guild) ? 1 : 0);
            }

            // when members ask in its guilds, each is answered once, from the shard that holds it
            Map<FakeGuild, Long> asked = askEverywhere(harness, mine);
            for (Map.Entry<FakeGuild, Long> ask : asked.entrySet()) {
                assertThat(discord.deliveredTo(ask.getValue())).isEqualTo(ask.getKey().shard(4));
                assertThat(discord.requests()).filteredOn(answerOf(ask.getValue())::test).hasSize(1);
            }
            // and the other guilds' events have no session here to go to (Discord would hold them for shards 0-1)
            for (FakeGuild guild : others) {
                assertThatThrownBy(() -> discord.slash(guild, "ask", Ids.fresh(), Map.of("question", QUESTION)))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no gateway connection");
            }
        }
    }

    @Test
    @DisplayName("with STACKBOT_SHARDS_TOTAL unset, the count is Discord's recommendation from GET /gateway/bot")
    void totalFromDiscord() throws Exception {
        // given Discord recommends 3 shards and no total is configured
        List<FakeGuild> guilds = guildsOn(3);
        try (BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE),
                FakeDiscord.Setup.of("t").shards(3).guilds(guilds), ShardPlan.ALL, List.of())) {
            // then the process runs the three of them, and the global commands are registered once
            assertThat(harness.bot.shardsTotal()).isEqualTo(3);
            assertThat(harness.bot.processName()).isEqualTo("shards 0-2");
            assertThat(harness.discord.identifies()).extracting(i -> i.shard() + "/" + i.total())
                    .containsExactlyInAnyOrder("0/3", "1/3", "2/3");
            assertThat(harness.discord.requests()).anyMatch(r -> r.is("GET", "gateway/bot"));
            assertThat(harness.discord.requests()).filteredOn(r -> r.is("PUT", "applications/\\d+/commands"))
                    .hasSize(1);
            // and a DM goes to shard 0 and is answered
            long dm = harness.discord.directSlash("ask", Ids.fresh(), Map.of("question", QUESTION));
            harness.discord.awaitRequest(answerOf(dm));
            assertThat(harness.discord.deliveredTo(dm)).isZero();
        }
    }

    @Test
    @DisplayName("identify concurrency is honoured: with max_concurrency 1 the second shard waits Discord's 5 s, with 2 both identify at once")
    void identifyConcurrency() throws Exception {
        List<FakeGuild> guilds = guildsOn(2);
        // given Discord allows one IDENTIFY at a time (per 5 s)
        try (BotHarness one = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE),
                FakeDiscord.Setup.of("t").shards(2).maxConcurrency(1).guilds(guilds), ShardPlan.parse("2", ""),
                List.of())) {
            // then JDA's session controller spaced the two IDENTIFYs by at least 5 s
            List<FakeDiscord.Identify> identifies = one.discord.identifies();
            assertThat(identifies).hasSize(2);
            assertThat(Duration.ofNanos(Math.abs(identifies.get(1).atNanos() - identifies.get(0).atNanos())))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(4_900));
        }
        // given Discord allows two at once
        try (BotHarness two = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE),
                FakeDiscord.Setup.of("t").shards(2).maxConcurrency(2).guilds(guilds), ShardPlan.parse("2", ""),
                List.of())) {
            // then neither waited the 5 s for the other (a bound well below that: the machine may be loaded)
            List<FakeDiscord.Identify> identifies = two.discord.identifies();
            assertThat(identifies).hasSize(2);
            assertThat(Duration.ofNanos(Math.abs(identifies.get(1).atNanos() - identifies.get(0).atNanos())))
                    .isLessThan(Duration.ofMillis(4_500));
        }
    }

    @Test
    @DisplayName("per shard state: a shard Discord ends makes the process not ready and names that shard; the ready hook runs again when a dropped shard is back")
    void perShardState() throws Exception {
        List<FakeGuild> guilds = guildsOn(2);
        try (BotHarness harness = BotHarness.start(Fixture.botEngine(Fixtures.FIXTURE),
                FakeDiscord.Setup.of("t").shards(2).guilds(guilds), ShardPlan.parse("2", ""), List.of())) {
            DiscordBot bot = harness.bot;
            // given a hook for "all shards ready", which runs at once since they are
            AtomicInteger readyRuns = new AtomicInteger();
            bot.whenAllShardsReady(readyRuns::incrementAndGet);
            assertThat(readyRuns).hasValue(1);

            // when Discord drops shard 1 (4000: reconnect and resume)
            harness.discord.closeShard(1, 4000, "fake outage");
            // then it resumes, and the hook runs again once both are connected
            harness.discord.awaitClientOp(6, 1);
            await(() -> readyRuns.get() == 2, "the ready hook ran again");
            assertThat(bot.connected()).isTrue();

            // when Discord ends shard 1 for good (4014: disallowed intents, no reconnect)
            harness.discord.closeShard(1, 4014, "Disallowed intent(s).");
            await(() -> bot.shardStates().get(1).status().equals("SHUTDOWN"), "shard 1 has shut down");
            // then the process is not ready, the states say which shard is down (serve, told, stops so that it
            // is restarted: TokenRevokedE2ETest), and shard 0 still answers until then
            assertThat(bot.connected()).isFalse();
            assertThat(bot.lostShard()).startsWith("shard 1/2 (close code 4014");
            assertThat(bot.shardStates()).extracting(DiscordBot.ShardState::toString)
                    .containsExactly("shard 0/2: CONNECTED", "shard 1/2: SHUTDOWN");
            FakeGuild onZero = guilds.get(0);
            long id = harness.discord.slash(onZero, "ask", Ids.fresh(), Map.of("question", QUESTION));
            harness.discord.awaitRequest(answerOf(id));
            assertThat(readyRuns).hasValue(2);
        }
    }
}
