package dev.stackbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.app.MainRunner;
import dev.stackbot.store.Feedback;
import dev.stackbot.store.FeedbackReason;
import dev.stackbot.store.ServedAnswer;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import dev.stackbot.store.Surface;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("report and forget: the maintainer's commands on the bot's store")
final class StoreCommandsTest {

    static final long ASKER = 412345678901234567L;
    static final long CRITIC = 498765432109876543L;

    @TempDir
    Path data;

    @BeforeEach
    void storeWithHistory() throws Exception {
        // a store as the bot leaves it: two declined questions spelled differently, a covered answer with a 👎
        AskService engine = new AskService(LiveKnowledge.open(Fixtures.FIXTURE));
        try (Store store = Store.open(StoreConfig.sqlite(data))) {
            Instant now = Instant.now();
            store.record(new ServedAnswer("a1", now, 1L, 2L, store.askerHash(ASKER), Surface.SLASH, 100,
                    engine.ask("best pizza topping?", List.of())));
            store.record(new ServedAnswer("a2", now, 1L, 2L, store.askerHash(CRITIC), Surface.MENTION, 100,
                    engine.ask("Best pizza, topping", List.of())));
            store.record(new ServedAnswer("a3", now, 1L, 2L, store.askerHash(ASKER), Surface.DM, 100,
                    engine.ask("Is Go faster than Rust?", List.of())));
            store.record(new Feedback("a3", store.askerHash(CRITIC), now, false, FeedbackReason.MISSING_SOURCE,
                    "needs a benchmark, \"real\" one"));
            assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    @DisplayName("report prints the grouped declined questions, the 👎'd answers, reasons and weeks as text")
    void textReport() {
        // when
        MainRunner.Result result = MainRunner.run("report", "--data", data.toString());
        // then
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Questions: 3, covered 1 (33%)")
                .contains("Covered this week: 33% of 3; last week: n/a of 0")
                .contains("Feedback: 0 up, 1 down")
                .containsPattern("Most frequent declined questions\n +2 +best pizza topping\\?\n")
                .containsPattern("Most 👎'd answers \\(by question\\)\n +1 +Is Go faster than Rust\\?\n")
                .containsPattern("Reasons given with 👎\n +1 +missing-source\n")
                .contains("“needs a benchmark, \"real\" one” (missing-source) on: Is Go faster than Rust?");
    }

    @Test
    @DisplayName("report --format json and csv carry the same figures, machine-readable")
    void jsonAndCsv() throws Exception {
        // when
        MainRunner.Result json = MainRunner.run("report", "--since", "24h", "--format", "json", "--data", data.toString());
        MainRunner.Result csv = MainRunner.run("report", "--format", "csv", "--data", data.toString());
        // then
        assertThat(json.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("questions").asLong()).isEqualTo(3);
        assertThat(report.path("declined").get(0).path("key").asText()).isEqualTo("best pizza topping");
        assertThat(report.path("declined").get(0).path("count").asLong()).isEqualTo(2);
        assertThat(report.path("reasons").path("missing-source").asLong()).isEqualTo(1);
        assertThat(report.path("this_week").path("share").asDouble()).isEqualTo(1.0 / 3);
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("section,key,count,example\n")
                .contains("declined,best pizza topping,2,best pizza topping?\n")
                .contains("comment,missing-source,1,\"needs a benchmark, \"\"real\"\" one | on: Is Go faster than Rust?\"\n");
    }

    @Test
    @DisplayName("forget --user deletes that person's answers and feedback only")
    void forget() {
        // when the critic asks to be forgotten
        MainRunner.Result result = MainRunner.run("forget", "--user", Long.toString(CRITIC), "--data", data.toString());
        // then their answer and their 👎 are gone, the other asker's answers stay
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Deleted 1 answer(s) and 1 feedback entry of user " + CRITIC);
        MainRunner.Result after = MainRunner.run("report", "--format", "json", "--data", data.toString());
        assertThat(after.out()).contains("\"questions\":2").contains("\"votes\":{}");
    }

    @Test
    @DisplayName("a bad period, a bad id or a directory without a store get one clear line, never a trace")
    void badInput() {
        MainRunner.Result period = MainRunner.run("report", "--since", "last week", "--data", data.toString());
        assertThat(period.exit()).isEqualTo(2);
        assertThat(period.err()).contains("--since: 'last week' is not a period; write e.g. 24h, 7d or 4w");
        MainRunner.Result id = MainRunner.run("forget", "--user", "@someone", "--data", data.toString());
        assertThat(id.exit()).isEqualTo(2);
        assertThat(id.err()).contains("--user: '@someone' is not a Discord id (digits only)");
        Path empty = data.resolve("nothing-here");
        MainRunner.Result missing = MainRunner.run("report", "--data", empty.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("stackbot report: there is no store at " + empty.resolve("stackbot.db"))
                .doesNotContain("Exception");
        assertThat(empty).doesNotExist();
    }
}
