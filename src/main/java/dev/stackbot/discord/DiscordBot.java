package dev.stackbot.discord;

import dev.stackbot.render.ComparisonChart;
import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.render.QuestionsChart;
import dev.stackbot.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MiscUtil;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Stackbot: this process's gateway shards (JDA's shard manager), its listener and worker pool, and the registered commands. */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /**
     * Only what the bot needs: guild messages (to see @mentions; their content arrives without the privileged
     * MESSAGE_CONTENT intent because they mention the bot) and DMs. Interactions need no intent.
     */
    public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES);

    /**
     * What the invite link asks for: see and read channels, answer (also in threads) with embeds, and reply
     * to messages. Nothing else: no moderation, no reactions, no mentions of everyone.
     */
    public static final EnumSet<Permission> INVITE_PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND, Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_HISTORY);

    private final ShardManager shards;
    private final List<Integer> shardIds;
    private final BotConfig config;
    private final BotEngine engine;
    private final SlashCommands commands;
    private final ReplyPools pools;
    private final ScheduledExecutorService health;
    private final TokenWatch token;
    private final ShardWatch watch;
    private final AnswerStore answers;
    /** Counted down by close(), by a rejected token, or when every shard has shut down on its own. */
    private final CountDownLatch ended;
    private boolean closed;

    private DiscordBot(ShardManager shards, List<Integer> shardIds, BotConfig config, BotEngine engine,
                       SlashCommands commands, ReplyPools pools, ScheduledExecutorService health,
                       TokenWatch token, ShardWatch watch, AnswerStore answers, CountDownLatch ended) {
        this.shards = shards;
        this.shardIds = List.copyOf(shardIds);
        this.config = config;
        this.engine = engine;
        this.commands = commands;
        this.pools = pools;
        this.health = health;
        this.token = token;
        this.watch = watch;
        this.answers = answers;
        this.ended = ended;
    }

    /**
     * Logs in, waits until every shard of this process has loaded its guilds, and registers the commands.
     *
     * @throws TokenRejectedException when Discord rejects the token, at login or on the gateway
     * @throws InterruptedException when interrupted while waiting for READY
     */
    public static DiscordBot start(BotConfig config, BotEngine engine) throws InterruptedException {
        return start(config, engine, null);
    }

    /**
     * As {@link #start(BotConfig, BotEngine)}, recording answers and feedback in {@code store} (null: memory only),
     * which its caller opens and closes.
     */
    public static DiscordBot start(BotConfig config, BotEngine engine, Store store) throws InterruptedException {
        return start(config, engine, store, AnswerEvents.NONE);
    }

    /** As {@link #start(BotConfig, BotEngine, Store)}, telling {@code events} of every answer and vote (metrics). */
    public static DiscordBot start(BotConfig config, BotEngine engine, Store store, AnswerEvents events)
            throws InterruptedException {
        return start(config, engine, store, events, ReplyPools.standard());
    }

    /** As above, on {@code pools} (tests size them down to fill the answer queue with a few questions). */
    static DiscordBot start(BotConfig config, BotEngine engine, Store store, AnswerEvents events, ReplyPools pools)
            throws InterruptedException {
        // Default for every message JDA sends, on top of the explicit empty list on each reply (Reply).
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        DiscordEmbedRenderer renderer = new DiscordEmbedRenderer();
        AnswerStore answers = store == null ? AnswerStore.standard(events) : AnswerStore.backedBy(store, events);
        AnswerComposer composer = new AnswerComposer(engine, ConversationMemory.standard(), answers, renderer);
        // one cooldown for commands and mentions alike: a user has one budget however they ask
        Cooldown cooldown = Cooldown.standard();
        InteractionReplies replies = new InteractionReplies(renderer, cooldown, pools);
        // /reload re-registers the commands after a reload, through the bot that does not exist yet
        AtomicReference<DiscordBot> self = new AtomicReference<>();
        SlashCommands commands = commandList(engine, composer, renderer, replies, new AdminPolicy(config.adminIds()),
                store, () -> self.get().registerCommands());
        StackbotListener listener = new StackbotListener(commands, composer, renderer, cooldown, replies, pools.answers());
        CountDownLatch ended = new CountDownLatch(1);
        TokenWatch token = new TokenWatch(ended::countDown);
        ShardWatch watch = new ShardWatch(token, ended::countDown);
        ShardManager shards;
        try {
            shards = pools.configure(shardManager(config, watch, listener)).build();
        } catch (InvalidTokenException e) {
            pools.close();
            throw new TokenRejectedException(false);
        } catch (RuntimeException e) {
            pools.close();
            throw e;
        }
        // the total is known now: JDA asked /gateway/bot for it when it was left to Discord
        List<Integer> ids = config.shards().idsOf(shards.getShardsTotal());
        watch.expect(ids);
        ScheduledExecutorService health = config.healthFile() == null ? null
                : Executors.newSingleThreadScheduledExecutor(ReplyPools.daemonThreads("stackbot-health"));
        DiscordBot bot = new DiscordBot(shards, ids, config, engine, commands, pools, health, token, watch, answers,
                ended);
        self.set(bot);
        try {
            watch.awaitReady();
            bot.registerCommands();
        } catch (InterruptedException | RuntimeException e) {
            bot.close();
            throw e;
        }
        if (health != null) {
            // first beat right after READY, so a health check passes as soon as the bot can answer
            HealthFile file = new HealthFile(config.healthFile(), bot::connected);
            health.scheduleAtFixedRate(file::beat, 0, 30, TimeUnit.SECONDS);
        }
        LOG.info("Stackbot is online as {} in {} guild(s) ({} of {}); invite it with {}",
                bot.jda().getSelfUser().getName(), shards.getGuildCache().size(), bot.processName(),
                shards.getShardsTotal(), bot.inviteUrl());
        return bot;
    }

    /**
     * The shard manager for this process's shards, not yet logged in. JDA's ConcurrentSessionController (in
     * {@link FixedGatewaySessionController}) starts as many shards at once as Discord's max_concurrency allows.
     */
    private static DefaultShardManagerBuilder shardManager(BotConfig config, Object... listeners) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(config.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                .setSessionController(new FixedGatewaySessionController(config.gatewayUrl()))
                .setShardsTotal(config.shards().total())
                .setEnableShutdownHook(false)
                .addEventListeners(listeners);
        if (!config.shards().ids().isEmpty()) {
            builder.setShards(config.shards().ids());
        }
        return builder;
    }

    /**
     * The slash commands, in the order Discord lists them: one line per command. Registration and dispatch
     * both read this list, so adding a command is its class plus one line here.
     *
     * @param store the store /stats and /gaps read, or null when the bot keeps none
     */
    static SlashCommands commandList(BotEngine engine, AnswerComposer composer, DiscordEmbedRenderer renderer,
                                     InteractionReplies replies, AdminPolicy admins, Store store, Runnable afterReload) {
        return new SlashCommands(List.of(
                new AskCommand(composer, replies),
                new CompareCommand(engine, renderer, replies, new ComparisonChart()),
                new SourcesCommand(engine, renderer, replies),
                new HelpCommand(engine, renderer, replies),
                new ReloadCommand(engine, admins, renderer, replies, afterReload),
                new StatsCommand(engine, store, replies, new QuestionsChart()),
                new GapsCommand(store, admins, replies)));
    }

    /** The OAuth2 link that adds the bot to a server, with the bot and applications.commands scopes. */
    public String inviteUrl() {
        JDA jda = jda();
        jda.setRequiredScopes("applications.commands");
        return jda.getInviteUrl(INVITE_PERMISSIONS);
    }

    /** The session of this process's lowest shard: the only one when the bot runs one shard. */
    public JDA jda() {
        return session(shardIds.get(0));
    }

    // the shard manager lists a shard once its login call returned, which may be a moment after its READY
    private JDA session(int id) {
        JDA listed = shards.getShardById(id);
        return listed != null ? listed : watch.session(id);
    }

    /** All sessions of this process, one per shard. */
    public ShardManager shards() {
        return shards;
    }

    /** The shard ids this process runs, ascending. */
    public List<Integer> shardIds() {
        return shardIds;
    }

    /** How many shards the bot has in all, across its processes. */
    public int shardsTotal() {
        return shards.getShardsTotal();
    }

    /** This process named by its shards, "shard 0", "shards 0-1" or "shards 0,2", for logs and replies. */
    public String processName() {
        return ShardPlan.describe(shardIds);
    }

    /** Whether every shard of this process is connected, so that the bot can answer all its guilds (readiness). */
    public boolean connected() {
        return shardStates().stream().allMatch(ShardState::connected);
    }

    /** Each shard of this process with its gateway state as JDA names it (CONNECTED, RECONNECT_QUEUED, ...). */
    public List<ShardState> shardStates() {
        List<ShardState> states = new ArrayList<>(shardIds.size());
        for (int id : shardIds) {
            JDA jda = session(id);
            states.add(new ShardState(id, shardsTotal(), jda == null ? "NOT_STARTED" : jda.getStatus().name()));
        }
        return states;
    }

    /** The gateway states of the shards, "CONNECTED" when there is one shard and it is up. */
    public String gatewayState() {
        return String.join(", ", shardStates().stream().map(ShardState::status).toList());
    }

    /**
     * Runs {@code hook} once every shard of this process is CONNECTED: right away when they are (as after
     * {@code start} returns), and again each time they all are after one of them was not. It runs on a JDA
     * thread: keep it short or hand the work to an executor.
     */
    public void whenAllShardsReady(Runnable hook) {
        watch.whenAllConnected(hook);
    }

    /** How often a button found its answer in memory rather than in the store. */
    public com.github.benmanes.caffeine.cache.stats.CacheStats answerCacheStats() {
        return answers.cacheStats();
    }

    /** The commands this bot registers and dispatches to. */
    SlashCommands commands() {
        return commands;
    }

    /**
     * Registers the command list on the configured guilds (instant) or globally. Called at start and after a
     * reload that swapped the knowledge, since the /compare entity choices come from it.
     */
    void registerCommands() {
        List<SlashCommandData> definitions = commands.definitions(engine.overview());
        if (config.guildIds().isEmpty()) {
            // Global commands belong to the application, not to a shard: the lowest shard sends them, once per
            // process. With several processes each sends the same list; a bulk overwrite (PUT) is idempotent.
            jda().updateCommands().addCommands(definitions).queue(
                    ok -> LOG.info("registered {} global commands", ok.size()),
                    err -> LOG.error("registering global commands failed: {}", err.toString()));
            return;
        }
        for (long guildId : config.guildIds()) {
            // a guild's commands go through the shard that holds it, in whichever process runs that shard
            int shard = MiscUtil.getShardForGuild(guildId, shardsTotal());
            if (!shardIds.contains(shard)) {
                LOG.debug("guild {} is on shard {}, which another process runs", guildId, shard);
                continue;
            }
            Guild guild = shards.getGuildById(guildId);
            if (guild == null) {
                LOG.warn("STACKBOT_GUILD_IDS names guild {}, but the bot is not in it: invite it first", guildId);
                continue;
            }
            guild.updateCommands().addCommands(definitions).queue(
                    ok -> LOG.info("registered {} commands on guild {}", ok.size(), guildId),
                    err -> LOG.error("registering commands on guild {} failed: {}", guildId, err.toString()));
        }
    }

    /**
     * The knowledge changed without a /reload here (another process's reload reached this one): registers the
     * commands again, whose /compare choices come from the knowledge, on the servers of this process's shards.
     */
    public void knowledgeChanged() {
        registerCommands();
    }

    /**
     * Blocks until the bot has stopped: by {@link #close()}, because Discord rejected the token (on any shard,
     * gateway or REST; the bot is then closed before this returns), or because Discord ended a shard for good
     * ({@link #lostShard()}).
     *
     * @return whether it ended because Discord rejected the token while the bot ran
     */
    public boolean awaitShutdown() throws InterruptedException {
        ended.await();
        close();
        return token.rejected();
    }

    /**
     * Why the bot stopped when neither close() nor a rejected token stopped it: the shard Discord ended for good
     * and its close code (4011 sharding required, 4013/4014 intents, ...); null when it was closed or the token
     * was rejected.
     */
    public String lostShard() {
        return token.rejected() ? null : watch.lost();
    }

    /** Closes every shard (waiting up to 10 s for each to leave cleanly) and the worker pool; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        watch.closing();
        LOG.info("Stackbot is shutting down ({})", processName());
        if (health != null) {
            health.shutdownNow();
        }
        // stops starting queued shards and asks each running one to close
        shards.shutdown();
        // with those the manager had yet to list (close() during start-up)
        Set<JDA> sessions = new LinkedHashSet<>(shards.getShards());
        sessions.addAll(watch.sessions());
        for (JDA jda : sessions) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                jda.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        pools.close();
        ended.countDown();
    }

    /**
     * One shard of this process.
     *
     * @param id     its id, from 0
     * @param total  how many shards the bot has in all
     * @param status its gateway state as JDA names it, or NOT_STARTED while the shard manager has yet to build it
     */
    public record ShardState(int id, int total, String status) {

        public boolean connected() {
            return JDA.Status.CONNECTED.name().equals(status);
        }

        /** "shard 2/4: CONNECTED", as /readyz lists it. */
        @Override
        public String toString() {
            return "shard " + id + "/" + total + ": " + status;
        }
    }
}
