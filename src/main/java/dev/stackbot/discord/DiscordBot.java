package dev.stackbot.discord;

import dev.stackbot.render.ComparisonChart;
import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.render.QuestionsChart;
import dev.stackbot.store.Store;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Stackbot: the JDA session, its listener and worker pool, and the registered commands. */
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

    private final JDA jda;
    private final BotConfig config;
    private final BotEngine engine;
    private final SlashCommands commands;
    private final ReplyPools pools;
    private final ScheduledExecutorService health;
    private final TokenWatch watch;
    private final AnswerStore answers;

    private DiscordBot(JDA jda, BotConfig config, BotEngine engine, SlashCommands commands,
                       ReplyPools pools, ScheduledExecutorService health, TokenWatch watch,
                       AnswerStore answers) {
        this.watch = watch;
        this.answers = answers;
        this.jda = jda;
        this.config = config;
        this.engine = engine;
        this.commands = commands;
        this.pools = pools;
        this.health = health;
    }

    /**
     * Logs in, waits for the guilds to load and registers the commands.
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
        // Default for every message JDA sends, on top of the explicit empty list on each reply (Reply).
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        ReplyPools pools = ReplyPools.standard();
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
        TokenWatch watch = new TokenWatch();
        JDA jda;
        try {
            jda = pools.configure(JDABuilder.createLight(config.token(), INTENTS))
                    .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                    .setSessionController(new FixedGatewaySessionController(config.gatewayUrl()))
                    .setEnableShutdownHook(false)
                    .addEventListeners(listener, watch)
                    .build();
        } catch (InvalidTokenException e) {
            pools.close();
            throw new TokenRejectedException(false);
        } catch (RuntimeException e) {
            pools.close();
            throw e;
        }
        ScheduledExecutorService health = config.healthFile() == null ? null
                : Executors.newSingleThreadScheduledExecutor(daemonThreads("stackbot-health"));
        DiscordBot bot = new DiscordBot(jda, config, engine, commands, pools, health, watch, answers);
        self.set(bot);
        try {
            jda.awaitReady();
            bot.registerCommands();
        } catch (InterruptedException e) {
            bot.close();
            throw e;
        } catch (RuntimeException e) {
            bot.close();
            // a token the REST check accepted can still be refused by the gateway (close code 4004);
            // JDA says so only in its message
            String message = String.valueOf(e.getMessage());
            if (message.contains("AUTHENTICATION_FAILED") || message.contains("code=4004")) {
                throw new TokenRejectedException(true);
            }
            throw e;
        }
        if (health != null) {
            // first beat right after READY, so a health check passes as soon as the bot can answer
            HealthFile file = new HealthFile(config.healthFile(), () -> jda.getStatus() == JDA.Status.CONNECTED);
            health.scheduleAtFixedRate(file::beat, 0, 30, TimeUnit.SECONDS);
        }
        LOG.info("Stackbot is online as {} in {} guild(s); invite it with {}", jda.getSelfUser().getName(),
                jda.getGuildCache().size(), bot.inviteUrl());
        return bot;
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
        jda.setRequiredScopes("applications.commands");
        return jda.getInviteUrl(INVITE_PERMISSIONS);
    }

    public JDA jda() {
        return jda;
    }

    /** Whether the gateway session is up, so that the bot can answer (the readiness check). */
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /** The gateway session's state as JDA names it (CONNECTED, RECONNECT_QUEUED, ...). */
    public String gatewayState() {
        return jda.getStatus().name();
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
            jda.updateCommands().addCommands(definitions).queue(
                    ok -> LOG.info("registered {} global commands", ok.size()),
                    err -> LOG.error("registering global commands failed: {}", err.toString()));
            return;
        }
        for (long guildId : config.guildIds()) {
            Guild guild = jda.getGuildById(guildId);
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
     * Blocks until the session has shut down (by {@link #close()} or a fatal gateway error).
     *
     * @return whether it ended because Discord rejected the token while the bot ran
     */
    public boolean awaitShutdown() throws InterruptedException {
        jda.awaitShutdown();
        return watch.rejected();
    }

    @Override
    public void close() {
        LOG.info("Stackbot is shutting down");
        if (health != null) {
            health.shutdownNow();
        }
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
        pools.close();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
