package dev.stackbot.app;

import dev.stackbot.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.discord.fake.FakeDiscord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code stackbot serve} with a token Discord rejects, or none: one clear line, exit code 3, the token never shown. */
@Timeout(60)
@DisplayName("stackbot serve: exit codes and stderr for token and knowledge problems")
final class ServeCommandE2ETest {

    private static final String WRONG_TOKEN = "MTIzNDU2.wrong-secret-token.XYZ";

    /** Main routes java.util.logging (Lucene's Vector API note) into logback before any command runs; so do the tests. */
    static {
        Main.routeJavaLogging();
    }

    /**
     * Runs serve with the given environment. Its stderr is what a user would see on the terminal: the
     * command's own message and every log line (logback writes to System.err), captured together.
     */
    private static Result serve(Map<String, String> given, String... args) {
        // the store in a directory of the test's own, never ./data in the working tree
        Map<String, String> env = new java.util.HashMap<>(given);
        env.putIfAbsent("STACKBOT_DATA", DATA.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(stderr);
        int code;
        try {
            code = new CommandLine(new ServeCommand(env)).setErr(new PrintWriter(stderr, true)).execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Result(code, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.io.TempDir
    static Path DATA;

    private record Result(int code, String err, String console) {
    }

    @Test
    @DisplayName("a token Discord rejects (401 on login) exits 3 with one line on stderr and never prints the token")
    void rejectedToken() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start("the-right-token")) {
            Result result = serve(Map.of("DISCORD_TOKEN", WRONG_TOKEN,
                    "STACKBOT_DISCORD_API_URL", discord.restUrl(),
                    "STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl()),
                    "--knowledge", Fixtures.FIXTURE.toString());
            assertThat(result.code()).isEqualTo(3);
            assertThat(result.err().lines()).containsExactly(
                    "stackbot serve: Discord rejected the token (401 Unauthorized): check DISCORD_TOKEN");
            assertThat(result.err() + result.console()).doesNotContain(WRONG_TOKEN).doesNotContain("wrong-secret-token")
                    .doesNotContain("\tat ");
            // the shard manager's first call, GET /gateway/bot, is where the token is checked
            assertThat(discord.requests()).anyMatch(r -> r.is("GET", "gateway/bot") && r.status() == 401);
            assertThat(discord.gatewayConnections()).isZero();
        }
    }

    @Test
    @DisplayName("a token the gateway refuses (IDENTIFY closed with 4004) also exits 3 with one line")
    void tokenRefusedByGateway() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(WRONG_TOKEN, "the-right-token")) {
            Result result = serve(Map.of("DISCORD_TOKEN", WRONG_TOKEN,
                    "STACKBOT_DISCORD_API_URL", discord.restUrl(),
                    "STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl()),
                    "--knowledge", Fixtures.FIXTURE.toString());
            assertThat(result.code()).isEqualTo(3);
            assertThat(result.err().lines().filter(l -> l.startsWith("stackbot serve:")).toList()).containsExactly(
                    "stackbot serve: the Discord gateway rejected the token: check DISCORD_TOKEN");
            assertThat(result.err() + result.console()).doesNotContain(WRONG_TOKEN).doesNotContain("\tat ");
            assertThat(discord.gatewayConnections()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a malformed setting is a configuration error: exit 2, one line naming the key")
    void badSetting() {
        Result result = serve(Map.of("DISCORD_TOKEN", WRONG_TOKEN, "STACKBOT_GUILD_IDS", "my-server"),
                "--knowledge", Fixtures.FIXTURE.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "stackbot serve: STACKBOT_GUILD_IDS: 'my-server' is not a Discord id (digits only)");
    }

    @Test
    @DisplayName("a missing token exits 3 with one line naming DISCORD_TOKEN, before touching Discord")
    void missingToken() {
        Result result = serve(Map.of("STACKBOT_DISCORD_API_URL", "http://127.0.0.1:9/api/v10/"),
                "--knowledge", Fixtures.FIXTURE.toString());
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("stackbot serve: DISCORD_TOKEN is not set");
    }

    @Test
    @DisplayName("an invalid knowledge directory exits 1, like the other commands, and lists its errors, token unseen")
    void invalidKnowledge(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
        Result result = serve(Map.of("DISCORD_TOKEN", WRONG_TOKEN, "STACKBOT_KNOWLEDGE", empty.toString()));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("stackbot serve: the knowledge in " + empty);
        assertThat(result.err() + result.console()).doesNotContain(WRONG_TOKEN);
    }

    @Test
    @DisplayName("a database URL that is not PostgreSQL's is a configuration error that never echoes the URL")
    void badDatabaseUrl() {
        Result result = serve(Map.of("DISCORD_TOKEN", WRONG_TOKEN, "STACKBOT_DATABASE_URL", "mysql://bot:pw-secret@db/x"),
                "--knowledge", Fixtures.FIXTURE.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("stackbot serve: STACKBOT_DATABASE_URL must be a jdbc:postgresql://")
                .doesNotContain("pw-secret");
    }

    @Test
    @Timeout(60)
    @DisplayName("with no store settings but the data directory, serve creates its SQLite store and records an answer")
    void serveCreatesItsStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.nio.file.Path data = temp.resolve("data");
        try (FakeDiscord discord = FakeDiscord.start("the-right-token")) {
            // given serve running against the fake Discord, on a data directory that does not exist yet
            Map<String, String> env = Map.of("DISCORD_TOKEN", "the-right-token",
                    "STACKBOT_DISCORD_API_URL", discord.restUrl(), "STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "STACKBOT_GUILD_IDS", Long.toString(dev.stackbot.discord.fake.Ids.GUILD),
                    "STACKBOT_DATA", data.toString());
            java.util.concurrent.atomic.AtomicInteger code = new java.util.concurrent.atomic.AtomicInteger(-1);
            Thread serving = new Thread(() -> code.set(new CommandLine(new ServeCommand(env))
                    .execute("--knowledge", Fixtures.FIXTURE.toString())), "serve-under-test");
            serving.start();
            discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"));
            // when a member asks
            long ask = discord.slash("ask", dev.stackbot.discord.fake.Ids.fresh(),
                    Map.of("question", "Is Go faster than Rust?"));
            discord.awaitRequest(FakeDiscord.answerOf(ask));
            // then the store file and the hash key exist and the answer lands in it
            dev.stackbot.store.StoreConfig config = dev.stackbot.store.StoreConfig.sqlite(data);
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            long answers = 0;
            while (answers == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                if (java.nio.file.Files.exists(config.sqliteFile())) {
                    try (dev.stackbot.store.Store store = dev.stackbot.store.Store.openExisting(config)) {
                        answers = store.count("answers");
                    }
                }
            }
            assertThat(answers).isEqualTo(1);
            assertThat(data.resolve("asker-hash.key")).exists();
            // and stopping serve ends it cleanly
            serving.interrupt();
            serving.join(20_000);
            assertThat(code).hasValue(ServeCommand.EXIT_OK);
        }
    }
}
