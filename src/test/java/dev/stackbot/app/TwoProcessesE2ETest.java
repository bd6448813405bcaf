package dev.stackbot.app;

import static dev.stackbot.discord.fake.FakeDiscord.answerOf;
import static dev.stackbot.discord.fake.FakeDiscord.callbackOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.EmbeddedPostgresServer;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.FakeGuild;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.RecordedRequest;
import dev.stackbot.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as it is deployed at scale: two real {@code stackbot serve} processes (child JVMs), shards 0-1 and 2-3 of
 * 4, on one fake Discord, one real PostgreSQL and one shared knowledge directory (as a shared volume would be).
 * Each child's output goes to a file under target/two-processes, whose tail is printed when the test fails.
 */
@Timeout(180)
@DisplayName("Two serve processes × 2 shards of 4 on one PostgreSQL: each shard answered by its owner, one knowledge version, a crash survived")
final class TwoProcessesE2ETest {

    private static final String TOKEN = "the-token";
    private static final String QUESTION = "Is Go faster than Rust?";
    private static final int TOTAL = 4;
    private static final Path LOGS = Path.of("target", "two-processes");
    /** A child JVM starting on a busy 2-core machine: well within this, or something is wrong. */
    private static final Duration START = Duration.ofSeconds(60);
    private static final Pattern METRICS_PORT = Pattern.compile("metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics");

    /** Every child still running, killed by a shutdown hook should the test JVM end before @AfterEach ran. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-stackbot-children"));
    }

    @TempDir
    Path temp;

    private final List<BotProcess> children = new ArrayList<>();
    private final List<Long> asked = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private FakeDiscord discord;

    @AfterEach
    void stopEverything() throws Exception {
        for (BotProcess child : children) {
            child.kill();
        }
        if (discord != null) {
            discord.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @DisplayName("every guild answered once by the process owning its shard; /reload on shard 3 reaches all four shards; a broken /reload changes none; a killed process's shards come back with the current knowledge and its old buttons page from PostgreSQL")
    void twoProcessesServeOneBot() throws Throwable {
        try {
            scenario();
        } catch (Throwable failure) {
            children.forEach(child -> System.err.println(child.tail(80)));
            throw failure;
        }
    }

    private void scenario() throws Exception {
        // given a shared knowledge directory, 8 guilds (2 on each of the 4 shards), a real PostgreSQL and a fake
        // Discord with 4 shards
        Path knowledge = Fixtures.copy(Fixtures.FIXTURE, temp.resolve("shared"));
        String v1 = versionOf(knowledge);
        Answer first = new AskService(LiveKnowledge.open(knowledge)).ask(QUESTION, List.of());
        assertThat(first.citations()).as("the fixture answer has a second page of sources").hasSizeGreaterThan(3);
        List<FakeGuild> guilds = new ArrayList<>();
        for (int shard = 0; shard < TOTAL; shard++) {
            guilds.add(FakeGuild.onShard(shard, TOTAL));
            guilds.add(FakeGuild.onShard(shard, TOTAL));
        }
        postgres = EmbeddedPostgresServer.start(temp);
        StoreConfig database = postgres.freshDatabase(temp.resolve("unused"));
        discord = FakeDiscord.start(FakeDiscord.Setup.of(TOKEN).shards(TOTAL).guilds(guilds));
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("STACKBOT_DISCORD_API_URL", discord.restUrl());
        env.put("STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("STACKBOT_KNOWLEDGE", knowledge.toAbsolutePath().toString());
        env.put("STACKBOT_SEMANTIC", "off");
        env.put("STACKBOT_DATABASE_URL", database.databaseUrl());
        env.put("STACKBOT_HASH_KEY", database.hashKey());
        env.put("STACKBOT_SHARDS_TOTAL", Integer.toString(TOTAL));
        env.put("STACKBOT_GUILD_IDS", String.join(",", guilds.stream().map(g -> Ids.s(g.id())).toList()));
        env.put("STACKBOT_ADMIN_IDS", Ids.s(Ids.LISTED_ADMIN));
        // a free port each, told in the log: /readyz is the readiness signal
        env.put("STACKBOT_METRICS_PORT", "0");

        // when the process of shards 0-1 starts, and only once it is ready the one of shards 2-3: each connection
        // that identifies while one process alone is starting is that process's
        BotProcess low = start("0-1", env, 1);
        assertThat(identifiedShards(discord.identifies())).as("the first process identified its two shards")
                .containsExactly(0, 1);
        BotProcess high = start("2-3", env, 1);
        List<FakeDiscord.Identify> identifies = discord.identifies();
        assertThat(identifiedShards(identifies.subList(2, identifies.size()))).as("the second process identified its two")
                .containsExactly(2, 3);
        assertThat(identifies).extracting(FakeDiscord.Identify::total).containsOnly(TOTAL);
        assertThat(discord.liveShards()).containsExactly(0, 1, 2, 3);
        // and each guild's commands were registered once, by the process owning its shard
        for (FakeGuild guild : guilds) {
            assertThat(discord.requests()).as("command registrations for guild on shard " + guild.shard(TOTAL))
                    .filteredOn(r -> r.is("PUT", "applications/\\d+/guilds/" + Ids.s(guild.id()) + "/commands"))
                    .hasSize(1);
        }

        // 1. when a member asks in every guild
        Map<FakeGuild, Long> before = askEach(guilds);
        // then each arrived on its guild's shard, the one connection of that shard (no other ever identified as
        // it), and was answered once, with the answer the knowledge gives and its version in the footer
        assertThat(discord.identifies()).as("no shard reconnected meanwhile").hasSize(TOTAL);
        for (Map.Entry<FakeGuild, Long> ask : before.entrySet()) {
            assertThat(discord.deliveredTo(ask.getValue())).isEqualTo(ask.getKey().shard(TOTAL));
            JsonNode embed = answerEmbed(ask.getValue());
            assertThat(embed.path("title").asText()).isEqualTo(first.verdict().summary());
            assertThat(embed.path("footer").path("text").asText()).startsWith("Knowledge " + v1 + " · ");
        }
        assertAnsweredOnce();
        // (kept for the end: a message the first process sent, in a guild of its shard 1)
        FakeGuild onOne = guilds.get(3);
        long oldAsk = before.get(onOne);
        String more = buttonIds(discord.awaitRequest(answerOf(oldAsk)).body()).stream()
                .filter(id -> id.startsWith("more:")).findFirst().orElseThrow();
        JsonNode oldMessage = discord.original(oldAsk);

        // 2. when a sentence of a source changes in the shared directory and the admin runs /reload on shard 3
        Fixtures.edit(knowledge.resolve("sources/rustacean-digest.md"), "Memory use dropped by half.",
                "Memory use dropped by a third.");
        String v2 = versionOf(knowledge);
        assertThat(v2).isNotEqualTo(v1);
        FakeGuild onThree = guilds.get(7);
        JsonNode reloaded = reload(onThree);
        // then the reply lists both processes by their shards, each reloaded to the new version
        assertThat(reloaded.path("title").asText()).isEqualTo("Knowledge reloaded on every process (2)");
        assertThat(reloaded.path("description").asText())
                .contains("✅ **shards 2-3** (this process): reloaded, serves `" + v2 + "`")
                .contains("✅ **shards 0-1**: reloaded, serves `" + v2 + "`");
        // and every guild's commands (their /compare choices come from the knowledge) were registered again, the
        // other process's too, by whichever process owns the guild
        for (FakeGuild guild : guilds) {
            discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/" + Ids.s(guild.id()) + "/commands"), 2);
        }
        // and every shard answers from it
        assertEveryShardServes(guilds, v2);

        // 3. when a file is made invalid and the admin runs /reload on shard 0
        Path rules = knowledge.resolve("rules.yaml");
        String validRules = Files.readString(rules);
        Fixtures.edit(rules, "verdict: favors", "verdict: maybe-later");
        int brokenLine = lineOf(rules, "verdict: maybe-later");
        JsonNode refused = reload(guilds.get(0));
        // then the reply says why, asked nobody else, and every shard still serves the version before
        assertThat(refused.path("title").asText()).isEqualTo("Reload failed: still serving version " + v2);
        assertThat(refused.path("description").asText()).contains("rules.yaml:" + brokenLine);
        assertThat(refused.path("fields").path(0).path("value").asText()).startsWith("Not asked");
        assertEveryShardServes(guilds, v2);
        // (the directory is fixed again: the same files, the same version)
        Files.writeString(rules, validRules);
        assertThat(versionOf(knowledge)).isEqualTo(v2);

        // 4. given the first process's answer is in PostgreSQL (it is written behind the reply)
        String answerKey = more.split(":")[1];
        await(() -> storedVersion(database, answerKey) != null, "the answer of the first process is in PostgreSQL");
        assertThat(storedVersion(database, answerKey)).isEqualTo(v1);
        // when that process crashes
        low.kill();
        await(() -> discord.liveShards().equals(List.of(2, 3)), "the fake saw the connections of shards 0-1 close");
        // then nothing is delivered to its dead connections (Discord would hold those events)
        assertThatThrownBy(() -> discord.slash(guilds.get(0), "ask", Ids.fresh(), Map.of("question", QUESTION)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no gateway connection");
        // and the other process's shards keep answering, and it stays ready
        assertEveryShardServes(guilds.subList(4, 8), v2);
        assertThat(high.readyz().statusCode()).isEqualTo(200);

        // when it is started again with the same settings
        int identified = discord.identifies().size();
        BotProcess restarted = start("0-1", env, 2);
        // then its two shards identified again, on new connections, and they answer with the cluster's version
        identifies = discord.identifies();
        assertThat(identifiedShards(identifies.subList(identified, identifies.size()))).containsExactly(0, 1);
        assertThat(discord.liveShards()).containsExactly(0, 1, 2, 3);
        assertEveryShardServes(guilds, v2);

        // and it takes part in the next /reload, run this time on its own shard 1 (the other follows it)
        Fixtures.edit(knowledge.resolve("sources/gophers-weekly.md"), "Goroutines start faster than threads.",
                "Goroutines start much faster than threads.");
        String v3 = versionOf(knowledge);
        JsonNode again = reload(onOne);
        assertThat(again.path("title").asText()).isEqualTo("Knowledge reloaded on every process (2)");
        assertThat(again.path("description").asText())
                .contains("✅ **shards 0-1** (this process): reloaded, serves `" + v3 + "`")
                .contains("✅ **shards 2-3**: reloaded, serves `" + v3 + "`");
        assertEveryShardServes(guilds, v3);

        // 5. when More sources is clicked on the message the crashed process sent
        long click = discord.click(onOne, Ids.fresh(), more, oldMessage);
        JsonNode page = answerEmbed(click);
        // then the restarted process, which never saw that answer, shows its real second page: the answer as it was
        // served then (knowledge version 1, while the cluster now serves version 3), read from PostgreSQL
        assertThat(discord.deliveredTo(click)).isEqualTo(1);
        assertThat(page.path("title").asText()).startsWith("More sources (sources 4");
        assertThat(page.path("fields").path(0).path("name").asText()).startsWith("[4] " + first.citations().get(3).title());
        assertThat(page.path("footer").path("text").asText()).isEqualTo("Knowledge " + v1);
        assertThat(restarted.process.isAlive()).isTrue();

        // and over the whole run no question was answered twice
        assertAnsweredOnce();
    }

    // ---- the child processes ----

    /** Starts {@code stackbot serve} for {@code shards} in a child JVM and waits until its /readyz says ready. */
    private BotProcess start(String shards, Map<String, String> common, int run) throws Exception {
        Map<String, String> env = new HashMap<>(common);
        env.put("STACKBOT_SHARDS", shards);
        // a data directory per process, the same one again when it restarts
        env.put("STACKBOT_DATA", temp.resolve("data-" + shards).toString());
        Files.createDirectories(LOGS);
        BotProcess child = BotProcess.start(env, LOGS.resolve("shards-" + shards + "." + run + ".log"));
        children.add(child);
        child.awaitReady();
        return child;
    }

    /** One {@code stackbot serve} JVM, its output in a file. */
    private static final class BotProcess {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        final Process process;
        final Path log;
        private int port = -1;

        private BotProcess(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static BotProcess start(Map<String, String> settings, Path log) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(java.toString(),
                    // a short-lived test process: quick to start, small, few threads
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve");
            // nothing of the test JVM's own Stackbot or Discord settings leaks in
            builder.environment().keySet().removeIf(key -> key.startsWith("STACKBOT_") || key.startsWith("DISCORD_"));
            builder.environment().putAll(settings);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Process process = builder.start();
            RUNNING.add(process);
            return new BotProcess(process, log);
        }

        /** Waits for the metrics port in the log, then until /readyz answers 200 (every shard up, version agreed). */
        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + START.toNanos();
            while (port < 0) {
                Matcher found = METRICS_PORT.matcher(output());
                if (found.find()) {
                    port = Integer.parseInt(found.group(1));
                } else {
                    pause(deadline, "it logged its metrics port");
                }
            }
            while (true) {
                try {
                    if (readyz().statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                pause(deadline, "/readyz answered 200");
            }
        }

        HttpResponse<String> readyz() throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private void pause(long deadline, String what) {
            if (!process.isAlive()) {
                throw new AssertionError("stackbot serve ended with exit " + process.exitValue() + " before " + what
                        + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; see " + log);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }

        /** A real crash: SIGKILL, no shutdown hook, no goodbye to Discord or PostgreSQL. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
            RUNNING.remove(process);
        }

        String output() {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String tail(int lines) {
            List<String> all = output().lines().toList();
            return "---- last " + lines + " lines of " + log + " (" + (process.isAlive() ? "running"
                    : "exit " + process.exitValue()) + ")\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    // ---- asking and reading answers ----

    /** Asks once in each guild and waits for every answer; returns the interaction ids by guild. */
    private Map<FakeGuild, Long> askEach(List<FakeGuild> guilds) throws InterruptedException {
        Map<FakeGuild, Long> ids = new LinkedHashMap<>();
        for (FakeGuild guild : guilds) {
            long id = discord.slash(guild, "ask", Ids.fresh(), Map.of("question", QUESTION));
            ids.put(guild, id);
            asked.add(id);
        }
        for (long id : ids.values()) {
            discord.awaitRequest(r -> answerOf(id).test(r) && r.status() < 300);
        }
        return ids;
    }

    /** An /ask in one guild of every shard shows knowledge {@code version}, arriving on that guild's shard. */
    private void assertEveryShardServes(List<FakeGuild> guilds, String version) throws InterruptedException {
        List<FakeGuild> onePerShard = new ArrayList<>();
        for (FakeGuild guild : guilds) {
            if (onePerShard.stream().noneMatch(g -> g.shard(TOTAL) == guild.shard(TOTAL))) {
                onePerShard.add(guild);
            }
        }
        for (Map.Entry<FakeGuild, Long> ask : askEach(onePerShard).entrySet()) {
            assertThat(discord.deliveredTo(ask.getValue())).isEqualTo(ask.getKey().shard(TOTAL));
            assertThat(answerEmbed(ask.getValue()).path("footer").path("text").asText())
                    .as("the answer on shard " + ask.getKey().shard(TOTAL)).startsWith("Knowledge " + version + " · ");
        }
    }

    /** Every /ask so far: one first response, and one answer (that response, or the edit of a deferral). */
    private void assertAnsweredOnce() {
        List<RecordedRequest> requests = discord.requests();
        for (long id : asked) {
            assertThat(requests).as("first responses to " + id).filteredOn(callbackOf(id)::test).hasSize(1);
            assertThat(requests).as("answers to " + id).filteredOn(answerOf(id)::test).hasSize(1);
        }
    }

    /** /reload by the listed admin in {@code guild}; returns the reply's embed. */
    private JsonNode reload(FakeGuild guild) throws InterruptedException {
        long id = discord.slash(guild, "reload", Ids.LISTED_ADMIN, Map.of());
        return embed(discord.awaitRequest(answerOf(id)).body());
    }

    private JsonNode answerEmbed(long interactionId) throws InterruptedException {
        return embed(discord.awaitRequest(r -> answerOf(interactionId).test(r) && r.status() < 300).body());
    }

    private static JsonNode embed(JsonNode body) {
        JsonNode message = body.has("data") ? body.get("data") : body;
        return message.path("embeds").path(0);
    }

    private static List<String> buttonIds(JsonNode body) {
        JsonNode message = body.has("data") ? body.get("data") : body;
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components")
                .forEach(c -> ids.add(c.path("custom_id").asText())));
        return ids;
    }

    private static List<Integer> identifiedShards(List<FakeDiscord.Identify> identifies) {
        return identifies.stream().map(FakeDiscord.Identify::shard).sorted().toList();
    }

    // ---- knowledge and database ----

    private static String versionOf(Path knowledge) {
        return LiveKnowledge.open(knowledge).version();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /** The knowledge version of a stored answer, or null while it is not written. */
    private static String storedVersion(StoreConfig database, String answerKey) {
        try (Connection c = DriverManager.getConnection(database.databaseUrl());
             PreparedStatement s = c.prepareStatement("SELECT knowledge_version FROM answers WHERE id = ?")) {
            s.setString(1, answerKey);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // the table may not exist yet
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + FakeDiscord.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
