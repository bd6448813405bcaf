package dev.stackbot.passage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.SourceDocument;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Passages: whole sentences, verbatim, under their heading, without promotion")
final class PassageSplitterTest {

    private static final List<Pattern> PROMOTIONAL = List.of(Pattern.compile("\\bhire\\b.{0,40}\\bdevelopers?\\b", Pattern.CASE_INSENSITIVE));

    private static final java.util.Set<String> NAMES = java.util.Set.of("python", "node js", "nodejs");

    private static SourceDocument document(String body) {
        return new SourceDocument("doc", "Title", "Publisher", "", "blog", "sources/doc.md", body, 7);
    }

    @Test
    @DisplayName("a paragraph becomes a passage under the heading above it, with its file line")
    void headingAndLine() {
        SourceDocument doc = document("Performance and Speed\nNode.js is fast because of its event loop and V8.\n");

        List<Passage> passages = new PassageSplitter(PROMOTIONAL, NAMES).split(doc);

        assertThat(passages).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Node.js is fast because of its event loop and V8.");
            assertThat(p.heading()).isEqualTo("Performance and Speed");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.id()).isEqualTo("doc#1");
        });
    }

    @Test
    @DisplayName("a heading that only names an entity labels its part of the section: \"Section › Python:\"")
    void labelUnderSection() {
        SourceDocument doc = document("Key Differences Between Them\nPython:\nPython runs code line by line in an interpreter.\n");

        assertThat(new PassageSplitter(PROMOTIONAL, NAMES).split(doc)).singleElement()
                .satisfies(p -> assertThat(p.heading()).isEqualTo("Key Differences Between Them \u203A Python:"));
    }

    @Test
    @DisplayName("any other short heading starts a new section")
    void shortHeadingIsSection() {
        SourceDocument doc = document("Performance\nRust is faster than Go in most services.\nLearning\nGo is easier to learn than Rust for most people.\n");

        assertThat(new PassageSplitter(PROMOTIONAL, NAMES).split(doc)).extracting(Passage::heading)
                .containsExactly("Performance", "Learning");
    }

    @Test
    @DisplayName("a long paragraph is cut at sentence ends, never inside a sentence, and each piece is verbatim")
    void longParagraphCutAtSentences() {
        String sentence = "Node.js handles many connections with one event loop, which keeps memory low for each one. ";
        String body = sentence.repeat(12).strip() + "\n";

        List<Passage> passages = new PassageSplitter(PROMOTIONAL, NAMES).split(document(body));

        assertThat(passages).hasSizeGreaterThan(1);
        for (Passage passage : passages) {
            assertThat(body).contains(passage.text());
            assertThat(passage.text()).endsWith("each one.").startsWith("Node.js handles");
            assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
        }
    }

    @Test
    @DisplayName("a promotional sentence is left out and splits the passage around it")
    void promotionalSentenceLeftOut() {
        String body = "Node.js suits chat servers very well indeed. Hire our Node.js developers in India today. "
                + "Python suits data analysis with its many libraries.\n";

        List<Passage> passages = new PassageSplitter(PROMOTIONAL, NAMES).split(document(body));

        assertThat(passages).extracting(Passage::text).containsExactly(
                "Node.js suits chat servers very well indeed.",
                "Python suits data analysis with its many libraries.");
    }

    @Test
    @DisplayName("bullets, lone punctuation and scraps of under five words are not passages")
    void scrapsDropped() {
        String body = "-\n  \u2022 Node.js is used by Netflix and PayPal for their backends.\n+ \nApr 24, 2025\n";

        assertThat(new PassageSplitter(PROMOTIONAL, NAMES).split(document(body))).extracting(Passage::text)
                .containsExactly("Node.js is used by Netflix and PayPal for their backends.");
    }

    @Test
    @DisplayName("a leading minus or plus is part of the text, not a bullet, unless a space follows it")
    void signsKept() {
        String body = "- Node.js uses less memory for idle connections.\n-30% memory after the move to Node.js workers.\n";

        assertThat(new PassageSplitter(PROMOTIONAL, NAMES).split(document(body))).extracting(Passage::text).containsExactly(
                "Node.js uses less memory for idle connections.", "-30% memory after the move to Node.js workers.");
    }

    @Test
    @DisplayName("near-duplicate passages are merged into the first, which records the others")
    void nearDuplicatesMerged() {
        Passage first = new Passage("a#1", "a", "", 1, "Node.js is very popular in the job market and growing day by day.", 1, List.of());
        Passage second = new Passage("b#4", "b", "", 4, "Node.js is very popular in the job market, and growing day by day!", 9, List.of());
        Passage other = new Passage("b#5", "b", "", 5, "Python is the best option for creating CRUD based web applications.", 10, List.of());

        List<Passage> merged = NearDuplicates.merge(List.of(first, second, other));

        assertThat(merged).extracting(Passage::id).containsExactly("a#1", "b#5");
        assertThat(merged.get(0).alsoIn()).containsExactly("b#4");
    }
}
