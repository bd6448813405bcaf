package dev.stackbot.app;

import static dev.stackbot.discord.fake.FakeDiscord.editOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.EmbeddedPostgresServer;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.cluster.ClusterSettings;
import dev.stackbot.cluster.PostgresCoordinator;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.store.Database;
import dev.stackbot.store.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code stackbot serve} given PostgreSQL joins the cluster before it answers, and its /reload goes through the
 * cluster: a second process, a coordinator in this JVM on the same database and directory, reloads with it.
 */
@Timeout(120)
@DisplayName("stackbot serve on PostgreSQL: joins the cluster, and /reload reaches the other process")
final class ServeClusterE2ETest {

    private static final String TOKEN = "the-token";

    @TempDir
    Path temp;

    private static List<String> column(StoreConfig config, String sql) throws Exception {
        try (Connection c = Database.of(config).connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    @Test
    @DisplayName("serve registers itself, /reload lists both processes with the new version, and stopping leaves")
    void serveJoinsAndReloadsTheCluster() throws Exception {
        Path knowledge = Fixtures.copy(Fixtures.FIXTURE, temp);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp);
             FakeDiscord discord = FakeDiscord.start(TOKEN)) {
            StoreConfig config = server.freshDatabase(temp.resolve("data"));
            // given another process of the bot already running on the same database and directory
            try (PostgresCoordinator other = PostgresCoordinator.start(Database.of(config), LiveKnowledge.open(knowledge),
                    "the other process", ClusterSettings.standard(), result -> { })) {
                // when serve starts with PostgreSQL
                Map<String, String> env = new HashMap<>();
                env.put("DISCORD_TOKEN", TOKEN);
                env.put("STACKBOT_DISCORD_API_URL", discord.restUrl());
                env.put("STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
                env.put("STACKBOT_KNOWLEDGE", knowledge.toString());
                env.put("STACKBOT_DATA", temp.resolve("data").toString());
                env.put("STACKBOT_SEMANTIC", "off");
                env.put("STACKBOT_DATABASE_URL", config.databaseUrl());
                env.put("STACKBOT_HASH_KEY", config.hashKey());
                env.put("STACKBOT_ADMIN_IDS", Long.toString(Ids.LISTED_ADMIN));
                env.put("STACKBOT_GUILD_IDS", Long.toString(Ids.GUILD));
                env.put("HOSTNAME", "bot-host");
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
                CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                        () -> new CommandLine(new ServeCommand(env)).setErr(stderr).execute());
                discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"));

                // then it registered in the cluster before it answered, under its host and process id
                String name = "bot-host pid " + ProcessHandle.current().pid();
                assertThat(column(config, "SELECT name FROM cluster_processes ORDER BY name"))
                        .containsExactly(name, "the other process");

                // when the knowledge changes and an admin runs /reload on serve
                Files.writeString(knowledge.resolve("entities.yaml"),
                        Files.readString(knowledge.resolve("entities.yaml")) + "\n# a new version\n");
                String next = LiveKnowledge.open(knowledge).version();
                long reload = discord.slash("reload", Ids.LISTED_ADMIN, Map.of());
                JsonNode embed = discord.awaitRequest(editOf(reload)).body().path("embeds").get(0);

                // then the reply lists both processes, reloaded to the same version, and the other one serves it
                assertThat(embed.path("title").asText()).isEqualTo("Knowledge reloaded on every process (2)");
                assertThat(embed.path("description").asText())
                        .contains("✅ **" + name + "** (this process): reloaded, serves `" + next + "`")
                        .contains("✅ **the other process**: reloaded, serves `" + next + "`");
                assertThat(other.agreement().version()).isEqualTo(next);
                assertThat(column(config, "SELECT kind FROM cluster_reloads ORDER BY id DESC LIMIT 1"))
                        .containsExactly("reload");

                // when serve stops (Discord revokes its token), it leaves the cluster
                discord.closeGateway(4004, "Authentication failed.");
                assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ServeCommand.EXIT_TOKEN);
                assertThat(column(config, "SELECT name FROM cluster_processes")).containsExactly("the other process");
            }
        }
    }
}
