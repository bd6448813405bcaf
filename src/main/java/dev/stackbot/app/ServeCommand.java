package dev.stackbot.app;


import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.cluster.ClusterSettings;
import dev.stackbot.cluster.KnowledgeCoordinator;
import dev.stackbot.cluster.PostgresCoordinator;
import dev.stackbot.cluster.SingleProcessCoordinator;
import dev.stackbot.discord.BotConfig;
import dev.stackbot.discord.BotEngine;
import dev.stackbot.discord.DiscordBot;
import dev.stackbot.discord.ShardPlan;
import dev.stackbot.discord.TokenRejectedException;
import dev.stackbot.knowledge.KnowledgeError;
import dev.stackbot.knowledge.KnowledgeException;
import dev.stackbot.metrics.MetricsConfig;
import dev.stackbot.store.Database;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import dev.stackbot.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackbot serve}: runs the Discord bot until stopped. Exit codes, as for the other commands:
 * 0 stopped cleanly, 1 the knowledge cannot be served or Discord cannot be reached, 2 bad configuration,
 * and 3 token missing or rejected.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Discord bot (settings from the environment, optionally a YAML file; see stackbot.example.yaml).")
public final class ServeCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_CONFIG = 2;
    public static final int EXIT_TOKEN = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--config", paramLabel = "FILE", description = "YAML file with the settings; the environment overrides it.")
    Path config;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge directory (overrides STACKBOT_KNOWLEDGE).")
    Path knowledge;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    /** For picocli: settings come from the process environment. */
    public ServeCommand() {
        this(System.getenv());
    }

    /** With an explicit environment (tests, embedding); messages go to the command line's error writer. */
    public ServeCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BotConfig settings;
        StoreConfig storeSettings;
        boolean semantic;
        MetricsConfig metricsSettings;
        try {
            settings = BotConfigLoader.load(config, env, knowledge);
            storeSettings = BotConfigLoader.store(config, env);
            semantic = BotConfigLoader.semantic(config, env);
            metricsSettings = BotConfigLoader.metrics(config, env);
        } catch (BotConfigException e) {
            err.println("stackbot serve: " + e.getMessage());
            return e.tokenProblem() ? EXIT_TOKEN : EXIT_CONFIG;
        }
        ServeMetrics metrics;
        try {
            // before the knowledge loads: /healthz answers, and /readyz says what is not ready yet
            metrics = ServeMetrics.start(metricsSettings);
        } catch (UncheckedIOException e) {
            err.println("stackbot serve: " + e.getMessage());
            return EXIT_CONFIG;
        }
        try (metrics) {
            return serve(settings, storeSettings, semantic, metrics, err);
        }
    }

    private int serve(BotConfig settings, StoreConfig storeSettings, boolean semantic, ServeMetrics metrics,
                      PrintWriter err) {
        String token = settings.token();
        LOG.debug("starting with {}", settings);
        SemanticLayer layer = new SemanticLayer(storeSettings.dataDir());
        Engine engine;
        try {
            engine = Engine.open(settings.knowledgeDir(), layer.get(semantic));
        } catch (KnowledgeException e) {
            err.println("stackbot serve: the knowledge in " + settings.knowledgeDir() + " is invalid ("
                    + e.errors().size() + " error(s)):");
            for (KnowledgeError error : e.errors()) {
                err.println("  " + error);
            }
            return EXIT_FAILURE;
        } catch (RuntimeException e) {
            err.println("stackbot serve: cannot load the knowledge in " + settings.knowledgeDir() + ": "
                    + redact(e.getMessage(), token));
            return EXIT_FAILURE;
        }
        metrics.knowledgeLoaded(engine);
        Store store;
        try {
            // never waits on the database: a store that is down at start fills its queue and catches up later
            store = Store.open(storeSettings);
        } catch (StoreException e) {
            err.println("stackbot serve: " + e.getMessage());
            return EXIT_FAILURE;
        }
        metrics.storeOpened(store);
        // before the bot connects: a process joining a running cluster compares its version with the others' first
        // (alone, the name is shown nowhere: no need to ask the resolver for the host's)
        String name = storeSettings.postgres() ? processName(settings.shards(), env) : "this process";
        if (storeSettings.postgres() && storeSettings.hashKey() == null) {
            LOG.warn("the store is PostgreSQL, which several processes may share, but STACKBOT_HASH_KEY is not set: this"
                    + " process hashes askers with the key file in {}; give every process the same STACKBOT_HASH_KEY,"
                    + " or one user counts as several", storeSettings.dataDir());
        }
        KnowledgeCoordinator coordinator = coordinator(storeSettings, engine.live(), name, ClusterSettings.standard(),
                metrics.reloads());
        metrics.coordinatorStarted(coordinator);
        DiscordBot bot;
        try {
            bot = DiscordBot.start(settings, BotEngine.of(engine.ask(), coordinator), store, metrics.events());
        } catch (TokenRejectedException e) {
            coordinator.close();
            store.close();
            err.println("stackbot serve: " + e.getMessage() + ": check DISCORD_TOKEN");
            return EXIT_TOKEN;
        } catch (InterruptedException e) {
            coordinator.close();
            store.close();
            Thread.currentThread().interrupt();
            return EXIT_FAILURE;
        } catch (RuntimeException e) {
            coordinator.close();
            store.close();
            String reason = redact(e.getMessage(), token);
            err.println("stackbot serve: cannot connect to Discord: " + reason);
            LOG.debug("connect failure", e);
            return EXIT_FAILURE;
        }
        metrics.botStarted(bot);
        coordinator.whenReloadedByAnother(bot::knowledgeChanged);
        LOG.info("recording answers and feedback in {} (kept {} days)", store.describe(), storeSettings.retentionDays());
        // the bot first, so that its last answers are queued before the store writes out its queue
        Runnable stop = () -> {
            bot.close();
            coordinator.close();
            store.close();
        };
        Thread hook = new Thread(stop, "stackbot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean rejected = false;
        try {
            rejected = bot.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bot.close();
        }
        coordinator.close();
        store.close();
        if (rejected) {
            // Discord resets a leaked token on its own: a clean exit here would tell systemd nothing was wrong
            err.println("stackbot serve: Discord rejected the token: check DISCORD_TOKEN");
            return EXIT_TOKEN;
        }
        String lost = bot.lostShard();
        if (lost != null) {
            // nor is a shard gone for good (sharding required, intents refused, ...) a clean stop
            err.println("stackbot serve: Discord ended " + lost + "; stopped so that it can be restarted");
            return EXIT_FAILURE;
        }
        return EXIT_OK;
    }

    /**
     * How the processes of one bot agree on the knowledge: through PostgreSQL when the store is there (several
     * processes may share it), else this process alone (a SQLite file serves one process).
     */
    static KnowledgeCoordinator coordinator(StoreConfig store, LiveKnowledge live, String processName,
                                            ClusterSettings timings, Consumer<ReloadResult> reloads) {
        if (store.postgres()) {
            LOG.info("cluster: {} coordinates its knowledge with the other processes through {}", processName,
                    store.describe());
            return PostgresCoordinator.start(Database.of(store), live, processName, timings, reloads);
        }
        return new SingleProcessCoordinator(live, processName, reloads);
    }

    /**
     * What /reload's reply calls this process: the shards it runs ("shards 0-1"), known before it connects when
     * STACKBOT_SHARDS or STACKBOT_SHARDS_TOTAL is set; else its host and process id, unique among the processes of
     * one bot (a process left to Discord's recommended count runs every shard, so it is the only one).
     */
    static String processName(ShardPlan shards, Map<String, String> env) {
        if (!shards.ids().isEmpty()) {
            return ShardPlan.describe(shards.ids());
        }
        if (shards.total() > 0) {
            return ShardPlan.describe(shards.idsOf(shards.total()));
        }
        return hostAndPid(env);
    }

    private static String hostAndPid(Map<String, String> env) {
        String host = env.get("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                return "this process (pid " + ProcessHandle.current().pid() + ")";
            }
        }
        return host.strip() + " pid " + ProcessHandle.current().pid();
    }

    /** First line of a message with any occurrence of the token masked: error text must never echo it. */
    static String redact(String message, String token) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse("");
        return token == null || token.isEmpty() ? line : line.replace(token, "****");
    }
}
