package dev.stackbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.KnowledgeStats;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.verdict.Verdict;
import dev.stackbot.verdict.VerdictKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
@DisplayName("Discord embeds: layout and every Discord limit, whatever the input")
final class DiscordEmbedRendererTest {

    private final DiscordEmbedRenderer renderer = new DiscordEmbedRenderer();

    private static Citation citation(int n, String passage) {
        return new Citation(n, "doc" + n, "Node.js vs Python for APIs " + n, "Example Publisher", passage, 3.2,
                "doc" + n + "#1", "Performance", "node");
    }

    private static Answer answer(String question, String text, List<Citation> citations, String summary) {
        Map<String, Integer> support = new LinkedHashMap<>();
        support.put("node", 3);
        support.put("python", 1);
        return new Answer(question, true, List.of("node", "python"), List.of("Node.js", "Python"), "performance",
                "Performance", "choice", new Verdict(VerdictKind.FAVORS, "node", summary, "io-bound", support),
                citations, text, "2026-01-01.abc");
    }

    private static KnowledgeOverview overview() {
        return new KnowledgeOverview("2026-01-01.abc", new KnowledgeStats(4, 120, 9),
                List.of(new KnowledgeOverview.Named("node", "Node.js"), new KnowledgeOverview.Named("python", "Python")),
                List.of(new KnowledgeOverview.Named("performance", "Performance")),
                List.of(new KnowledgeOverview.Source("doc1", "Node vs Python", "Example", "2025-03-01", "article", 30)));
    }

    /** Everything Discord checks, all at once. */
    private static void assertWithinDiscordLimits(MessageEmbed embed) {
        assertThat(embed.isSendable()).as("total length %d <= 6000", embed.getLength()).isTrue();
        if (embed.getTitle() != null) {
            assertThat(embed.getTitle().length()).isLessThanOrEqualTo(256);
        }
        if (embed.getDescription() != null) {
            assertThat(embed.getDescription().length()).isLessThanOrEqualTo(4096);
        }
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
        for (MessageEmbed.Field field : embed.getFields()) {
            assertThat(field.getName().length()).isBetween(1, 256);
            assertThat(field.getValue().length()).isBetween(1, 1024);
        }
        if (embed.getAuthor() != null) {
            assertThat(embed.getAuthor().getName().length()).isLessThanOrEqualTo(256);
        }
        if (embed.getFooter() != null) {
            assertThat(embed.getFooter().getText().length()).isLessThanOrEqualTo(2048);
        }
    }

    @Test
    @DisplayName("an answer shows the verdict as title, the short answer, numbered quotes, support and version")
    void answerLayout() {
        // given an answer with five citations
        List<Citation> citations = IntStream.rangeClosed(1, 5).mapToObj(n -> citation(n, "Passage " + n + " says Node is fast.")).toList();
        Answer answer = answer("Is Node faster for APIs?", "Node.js is the better fit for I/O-bound APIs [1][2].", citations,
                "Node.js — for I/O-bound APIs");
        // when page 1 is rendered
        MessageEmbed embed = renderer.answer(answer, citations.subList(0, 3), 5, null);
        // then
        assertThat(embed.getTitle()).isEqualTo("Node.js — for I/O-bound APIs");
        assertThat(embed.getDescription()).isEqualTo("Node.js is the better fit for I/O-bound APIs [1][2].");
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName).containsExactly(
                "[1] Node.js vs Python for APIs 1 — Example Publisher", "[2] Node.js vs Python for APIs 2 — Example Publisher",
                "[3] Node.js vs Python for APIs 3 — Example Publisher", "Support");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("> Passage 1 says Node is fast.");
        assertThat(embed.getFields().get(3).getValue()).isEqualTo("**Node.js**: 3 sources · **Python**: 1 source");
        assertThat(embed.getFooter().getText()).isEqualTo("Knowledge 2026-01-01.abc · sources 1–3 of 5");
        assertWithinDiscordLimits(embed);
    }

    @Test
    @DisplayName("the description drops a first line that only repeats the verdict shown as the title")
    void verdictLineNotRepeated() {
        Answer answer = answer("q", "Node.js — for I/O-bound APIs\nThe sources favor Node.js [1].", List.of(citation(1, "p")),
                "Node.js — for I/O-bound APIs");
        assertThat(renderer.answer(answer, answer.citations(), 1, null).getDescription())
                .isEqualTo("The sources favor Node.js [1].");
    }

    @Test
    @DisplayName("a 10 KB question, @everyone and control characters stay within every limit and never ping")
    void hostileQuestion() {
        // given a hostile question and huge engine texts
        String question = "@everyone \u0000\u0007 <@123> " + "why ".repeat(2500) + "\u202E";
        String huge = "Sentence number one is here. ".repeat(800);
        List<Citation> citations = IntStream.rangeClosed(1, 3).mapToObj(n -> new Citation(n, "d", "T".repeat(5000),
                "P".repeat(5000), huge, 1, "d#1", "", null)).toList();
        Answer answer = answer(question, huge, citations, "S".repeat(1000));
        // when rendered
        MessageEmbed embed = renderer.answer(answer, citations, 3, null);
        // then
        assertWithinDiscordLimits(embed);
        assertThat(embed.getAuthor().getName()).doesNotContain("@everyone").doesNotContain("\u0000")
                .doesNotContain("\u202E").doesNotContain("<@1");
        assertThat(embed.getAuthor().getName()).endsWith(DiscordText.ELLIPSIS);
        assertThat(embed.getDescription()).endsWith("here." + DiscordText.ELLIPSIS);
    }

    @Test
    @DisplayName("an uncovered question says so and lists what Stackbot covers")
    void uncoveredQuestion() {
        Answer answer = new Answer("what is the best pizza?", false, List.of(), List.of(), null, null, "unknown",
                Verdict.none("Not covered"), List.of(), "I have nothing on that.", "v1");
        MessageEmbed embed = renderer.answer(answer, List.of(), 0, overview());
        assertThat(embed.getTitle()).isEqualTo("That is outside what I know");
        assertThat(embed.getDescription()).contains("I have nothing on that.").contains("Node.js, Python")
                .contains("Performance");
        assertWithinDiscordLimits(embed);
    }

    @Test
    @DisplayName("the empty-question reply says what Stackbot covers")
    void emptyQuestion() {
        MessageEmbed embed = renderer.emptyQuestion(overview());
        assertThat(embed.getDescription()).contains("Node.js, Python");
        assertWithinDiscordLimits(embed);
    }

    @RepeatedTest(50)
    @DisplayName("random hostile answers of any size always render within Discord's limits")
    void randomAnswersFit(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition() * 31L);
        List<Citation> citations = new ArrayList<>();
        int count = random.nextInt(8);
        for (int n = 1; n <= count; n++) {
            citations.add(new Citation(n, "d", junk(random, 400), junk(random, 400), junk(random, 3000), 1, "d#" + n,
                    junk(random, 50), null));
        }
        Answer answer = answer(junk(random, 12000), junk(random, 6000), citations, junk(random, 600));
        MessageEmbed page1 = renderer.answer(answer, citations, citations.size(), overview());
        MessageEmbed page2 = renderer.citationPage(answer, citations, citations.size());
        assertWithinDiscordLimits(page1);
        assertWithinDiscordLimits(page2);
    }

    @Test
    @DisplayName("a comparison over 40 aspects keeps 24 rows plus a note, within every limit")
    void bigComparison() {
        List<Comparison.Row> rows = IntStream.rangeClosed(1, 40).mapToObj(i -> new Comparison.Row("a" + i,
                "Aspect " + i, new Verdict(VerdictKind.DEPENDS, null, "It depends. ".repeat(100), "r", Map.of()),
                List.of(citation(1, "quote ".repeat(500)), citation(2, "other ".repeat(500))))).toList();
        MessageEmbed embed = renderer.comparison(new Comparison("node", "Node.js", "python", "Python", rows, "v1"));
        assertThat(embed.getTitle()).isEqualTo("Node.js vs Python");
        assertThat(embed.getFields()).hasSize(25);
        assertThat(embed.getFields().get(24).getValue()).startsWith("16 more aspects");
        assertWithinDiscordLimits(embed);
    }

    @Test
    @DisplayName("a failed reload lists its errors (file:line) and says the old version still serves")
    void reloadFailure() {
        ReloadResult result = new ReloadResult(false, List.of("rules.yaml:12: unknown entity 'nodejs'",
                "docs/a.md:3: missing title"), new KnowledgeStats(4, 120, 9), new KnowledgeStats(4, 120, 9), "v1", "v1",
                Duration.ofMillis(87));
        MessageEmbed embed = renderer.reload(result);
        assertThat(embed.getTitle()).isEqualTo("Reload failed: still serving version v1");
        assertThat(embed.getDescription()).contains("rules.yaml:12: unknown entity 'nodejs'").contains("docs/a.md:3: missing title");
        assertWithinDiscordLimits(embed);
    }

    @Test
    @DisplayName("a successful reload gives counts before → after and the time taken; thousands of errors still fit")
    void reloadSuccessAndManyErrors() {
        ReloadResult ok = new ReloadResult(true, List.of(), new KnowledgeStats(4, 120, 9), new KnowledgeStats(5, 130, 10),
                "v1", "v2", Duration.ofMillis(250));
        assertThat(renderer.reload(ok).getDescription()).contains("documents 4 → 5").contains("passages 120 → 130")
                .contains("rules 9 → 10").contains("took 250 ms");
        List<String> errors = IntStream.range(0, 5000).mapToObj(i -> "f.yaml:" + i + ": bad `thing` " + "x".repeat(100)).toList();
        MessageEmbed many = renderer.reload(new ReloadResult(false, errors, ok.before(), ok.before(), "v1", "v1", Duration.ZERO));
        assertThat(many.getDescription()).contains("more");
        assertWithinDiscordLimits(many);
    }

    @Test
    @DisplayName("sources and help fit even with hundreds of sources")
    void sourcesAndHelpFit() {
        List<KnowledgeOverview.Source> sources = IntStream.range(0, 500).mapToObj(i -> new KnowledgeOverview.Source("d" + i,
                "A long source title number " + i, "Publisher", "2025-01-01", "article", 10)).toList();
        List<KnowledgeOverview.Named> entities = IntStream.range(0, 300).mapToObj(i -> new KnowledgeOverview.Named("e" + i, "Entity " + i)).toList();
        KnowledgeOverview big = new KnowledgeOverview("v", new KnowledgeStats(500, 5000, 50), entities, entities, sources);
        assertWithinDiscordLimits(renderer.sources(big));
        assertWithinDiscordLimits(renderer.help(big));
        assertThat(renderer.sources(overview()).getDescription()).contains("**Node vs Python** — Example, 2025-03-01 (30 passages)");
    }

    private static String junk(Random random, int maxLength) {
        String alphabet = "abc def. ghi! @everyone <@1> \n\u0000\u202E😀`*_~|";
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    @DisplayName("a quote's Markdown characters are escaped, so the source reads as written")
    void quotesAreEscaped() {
        Answer answer = answer("q", "text", List.of(citation(1, "Python passes *args and **kwargs to __init__ in `def`.")), "Node.js");

        MessageEmbed embed = renderer.answer(answer, answer.citations(), 1, overview());

        assertThat(embed.getFields()).anySatisfy(field -> assertThat(field.getValue())
                .contains("\\*args and \\*\\*kwargs to \\_\\_init\\_\\_ in \\`def\\`."));
    }
}
