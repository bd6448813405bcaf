package dev.stackbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbot.Fixtures;
import dev.stackbot.app.MainRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The command line: answers, exit codes, and no stack trace for any input")
final class MainTest {

    @TempDir
    Path temp;

    private static final String FIXTURE = Fixtures.FIXTURE.toString();

    @Test
    @DisplayName("ask prints the verdict and citations and exits 0")
    void ask() {
        MainRunner.Result result = MainRunner.run("ask", "--knowledge", FIXTURE, "is", "rust", "faster?");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Rust — for raw speed\n").contains("[1] \u201C");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "title:* AND (((", "\u0000\u0001\u0002", "\uD83D\uDE00\uD83D\uDE00", "@everyone @here <@&123>",
            "\uD800 lone surrogate", "a\u202Eb\u0301c"})
    @DisplayName("hostile input gets a normal answer or a clear message, never a stack trace")
    void hostile(String question) {
        MainRunner.Result result = MainRunner.run("ask", "--knowledge", FIXTURE, question);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isNotBlank();
        assertThat(result.out() + result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("a 10,000-character question is answered")
    void huge() {
        MainRunner.Result result = MainRunner.run("ask", "--knowledge", FIXTURE, "is rust faster? ".repeat(625));

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Rust — for raw speed");
    }

    @Test
    @DisplayName("usage errors exit 2 with a message")
    void usage() {
        assertThat(MainRunner.run("ask").exit()).isEqualTo(2);
        assertThat(MainRunner.run("ask", "--nope", "x").exit()).isEqualTo(2);
        assertThat(MainRunner.run("frobnicate").exit()).isEqualTo(2);
        assertThat(MainRunner.run().exit()).isEqualTo(2);
        assertThat(MainRunner.run("compare", "--knowledge", FIXTURE, "go", "cobol").err()).contains("I have no sources about \"cobol\"");
        assertThat(MainRunner.run("compare", "--knowledge", FIXTURE, "go", "cobol").exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("batch: one JSON line per input line, in order, with an error line for an empty one")
    void batch() throws IOException {
        Path questions = Files.writeString(temp.resolve("q.txt"), "is go easy to learn?\n\nwhat is the capital of France?\n");

        MainRunner.Result result = MainRunner.run("ask", "--knowledge", FIXTURE, "--json", "--batch", questions.toString());

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines.get(0)).get("verdict").get("winner").asText()).isEqualTo("go");
        assertThat(json.readTree(lines.get(1)).get("error").asText()).isEqualTo("empty question");
        assertThat(json.readTree(lines.get(2)).get("covered").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("check-knowledge prints every error as file:line and exits 1; a valid directory exits 0")
    void checkKnowledge() throws IOException {
        Path broken = Fixtures.copy(Fixtures.FIXTURE, temp);
        Files.writeString(broken.resolve("rules.yaml"), "rules: [\n");

        MainRunner.Result bad = MainRunner.run("check-knowledge", broken.toString());
        MainRunner.Result good = MainRunner.run("check-knowledge", FIXTURE);

        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("rules.yaml:1: invalid YAML").doesNotContain("after fixing");
        assertThat(good.exit()).isZero();
        assertThat(good.out()).startsWith("OK " + FIXTURE + ": 2 sources, 7 passages, 3 rules");
    }

    @Test
    @DisplayName("compare lists every aspect with its verdict and counts")
    void compare() {
        MainRunner.Result result = MainRunner.run("compare", "--knowledge", FIXTURE, "golang", "rust");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Go vs Rust\n")
                .contains("Rust — for raw speed  (Go 1 : 2 Rust)")
                .contains("Go — for new developers  (Go 2 : 0 Rust)")
                .contains("Contested — simple goroutines or compile-time safety  (Go 1 : 1 Rust)")
                .contains("No verdict — the sources take no side");
    }

    @Test
    @DisplayName("compare --chart prints the comparison and writes a valid PNG of it")
    void compareChart() throws IOException {
        Path png = temp.resolve("go-rust.png");

        MainRunner.Result result = MainRunner.run("compare", "--knowledge", FIXTURE, "go", "rust", "--chart", png.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Go vs Rust\n");
        byte[] bytes = Files.readAllBytes(png);
        var image = dev.stackbot.render.Pngs.decode(bytes);
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isGreaterThan(150);
    }

    @Test
    @DisplayName("compare --chart into a directory that does not exist says so and exits 1, without a stack trace")
    void compareChartUnwritable() {
        Path png = temp.resolve("missing").resolve("chart.png");

        MainRunner.Result result = MainRunner.run("compare", "--knowledge", FIXTURE, "go", "rust", "--chart", png.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("cannot write the chart to " + png + ": its directory does not exist").doesNotContain("Exception");
    }

    @Test
    @DisplayName("sources lists documents with publisher, date and passage count")
    void sources() {
        MainRunner.Result result = MainRunner.run("sources", "--knowledge", FIXTURE);

        assertThat(result.out()).contains("Go or Rust for services \u2014 Gophers Weekly, 2024-03-01 \u2014 vendor-blog, 4 passages")
                .contains("Why we moved to Rust \u2014 Rustacean Digest, undated");
    }

    @Test
    @DisplayName("eval scores a question set and lists its misses")
    void eval() throws IOException {
        Path set = Files.writeString(temp.resolve("set.jsonl"),
                "{\"id\":\"a\",\"q\":\"is rust faster than go?\",\"kind\":[\"favors\"],\"winner\":\"rust\"}\n"
                + "{\"id\":\"b\",\"q\":\"which is easier to learn?\",\"kind\":[\"favors\"],\"winner\":\"rust\"}\n"
                + "{\"id\":\"c\",\"q\":\"what is the capital of France?\",\"covered\":false}\n");

        MainRunner.Result result = MainRunner.run("eval", "--knowledge", FIXTURE, set.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("verdict accuracy   1/2 (50.0%)", "refusals           1/1 (100.0%)",
                "b verdict: \"which is easier to learn?\" expected [favors] rust, got favors go");
    }
}
