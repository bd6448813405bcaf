package dev.stackbot.discord;

import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The real bot on the real engine, logged into a fresh fake Discord: what every end-to-end test starts from. */
final class BotHarness implements AutoCloseable {

    final FakeDiscord discord;
    final BotEngine engine;
    final DiscordBot bot;
    final String token;

    private BotHarness(FakeDiscord discord, BotEngine engine, DiscordBot bot, String token) {
        this.discord = discord;
        this.engine = engine;
        this.bot = bot;
        this.token = token;
    }

    /** Starts on a knowledge directory with {@link Ids#LISTED_ADMIN} as the only listed admin. */
    static BotHarness start(Path knowledgeDir) throws Exception {
        return start(Fixture.botEngine(knowledgeDir));
    }

    static BotHarness start(BotEngine engine) throws Exception {
        return start(engine, null);
    }

    static BotHarness start(BotEngine engine, Path healthFile) throws Exception {
        return start(engine, healthFile, null);
    }

    /** With answers and feedback recorded in {@code store}, which the test opens and closes. */
    static BotHarness start(BotEngine engine, Path healthFile, Store store) throws Exception {
        return start(engine, healthFile, store, ReplyPools.standard());
    }

    /** On {@code pools} instead of the standard sizes (a small answer queue that a test can fill). */
    static BotHarness startOn(BotEngine engine, ReplyPools pools) throws Exception {
        return start(engine, null, null, pools);
    }

    private static BotHarness start(BotEngine engine, Path healthFile, Store store, ReplyPools pools) throws Exception {
        String token = "test-token-" + UUID.randomUUID();
        FakeDiscord discord = FakeDiscord.start(token);
        try {
            BotConfig config = new BotConfig(token, Path.of("unused"), Set.of(Ids.LISTED_ADMIN), List.of(Ids.GUILD),
                    discord.restUrl(), discord.gatewayUrl(), healthFile);
            DiscordBot bot = DiscordBot.start(config, engine, store, AnswerEvents.NONE, pools);
            // commands are registered asynchronously after READY; tests need their ids
            discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"));
            return new BotHarness(discord, engine, bot, token);
        } catch (Exception | Error e) {
            discord.close();
            throw e;
        }
    }

    /**
     * On a fake Discord set up as {@code setup} (its token is replaced by a fresh one), running the shards of
     * {@code plan} with the commands registered on {@code guildIds} (empty: globally). Returns once the commands
     * of every guild on this process's shards (or the global ones) have been registered.
     */
    static BotHarness start(BotEngine engine, FakeDiscord.Setup setup, ShardPlan plan, List<Long> guildIds)
            throws Exception {
        String token = "test-token-" + UUID.randomUUID();
        FakeDiscord discord = FakeDiscord.start(new FakeDiscord.Setup(token, token, setup.recommendedShards(),
                setup.maxConcurrency(), setup.guilds()));
        try {
            BotConfig config = new BotConfig(token, Path.of("unused"), Set.of(Ids.LISTED_ADMIN), guildIds,
                    discord.restUrl(), discord.gatewayUrl(), null, plan);
            DiscordBot bot = DiscordBot.start(config, engine, null);
            if (guildIds.isEmpty()) {
                discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));
            } else {
                long own = guildIds.stream()
                        .filter(g -> bot.shardIds().contains(Ids.shardOf(g, bot.shardsTotal()))).count();
                discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"), (int) own);
            }
            return new BotHarness(discord, engine, bot, token);
        } catch (Exception | Error e) {
            discord.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            discord.close();
        }
    }
}
