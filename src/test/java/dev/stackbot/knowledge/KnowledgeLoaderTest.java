package dev.stackbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackbot.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading knowledge: every kind of broken file is named with its line")
final class KnowledgeLoaderTest {

    @TempDir
    Path temp;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    private List<String> errorsOf(Path dir) {
        try {
            loader.load(dir);
        } catch (KnowledgeException e) {
            return e.errors().stream().map(Object::toString).toList();
        }
        throw new AssertionError("expected the knowledge in " + dir + " to be rejected");
    }

    @Test
    @DisplayName("the fixture loads with its entities, aspects, rules and verbatim bodies")
    void loadsFixture() {
        Knowledge knowledge = loader.load(Fixtures.FIXTURE);

        assertThat(knowledge.documents()).extracting(SourceDocument::id).containsExactly("gophers-weekly", "rustacean-digest");
        assertThat(knowledge.entities()).extracting(Entity::id).containsExactly("go", "rust");
        assertThat(knowledge.rules()).extracting(VerdictRule::id).containsExactly("speed", "learning", "concurrency");
        assertThat(knowledge.document("gophers-weekly").body()).startsWith("Go or Rust for services\n");
        assertThat(knowledge.document("gophers-weekly").bodyFirstLine()).isEqualTo(8);
        assertThat(knowledge.document("rustacean-digest").published()).isEmpty();
        assertThat(knowledge.version()).hasSize(12);
    }

    @Test
    @DisplayName("the same files give the same version; a changed file gives another")
    void versionFollowsContent() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        String before = loader.load(copy).version();
        assertThat(loader.load(copy).version()).isEqualTo(before);

        Fixtures.edit(copy.resolve("aspects.yaml"), "label: learning curve", "label: learning");

        assertThat(loader.load(copy).version()).isNotEqualTo(before);
    }

    @Test
    @DisplayName("bad YAML names the file and the line")
    void badYaml() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("aspects.yaml"), "    label: concurrency", "    label: [concurrency");

        assertThat(errorsOf(copy)).anySatisfy(e -> assertThat(e).startsWith("aspects.yaml:1").contains("invalid YAML"));
    }

    @Test
    @DisplayName("one aspect at most is about using the technologies together, and never the fallback")
    void together() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("aspects.yaml"), "    fallback: true\n", "    fallback: true\n    together: true\n");
        Fixtures.edit(copy.resolve("aspects.yaml"), "    terms: [faster, speed]\n", "    terms: [faster, speed]\n    together: true\n");
        Fixtures.edit(copy.resolve("aspects.yaml"), "    terms: [learn, easy]\n", "    terms: [learn, easy]\n    together: true\n");

        assertThat(errorsOf(copy)).containsExactlyInAnyOrder(
                "aspects.yaml:11: only one aspect can be about using them together; 'performance' already is",
                "aspects.yaml:19: the fallback aspect cannot also be the aspect of using them together");
    }

    @Test
    @DisplayName("a quote that states the case for a side needs that side, and a depends rule")
    void statedCase() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("rules.yaml"), "        quote: \"Go is fast enough for most network services.\"\n",
                "        quote: \"Go is fast enough for most network services.\"\n        case: true\n");

        assertThat(errorsOf(copy)).singleElement().asString()
                .contains("only a depends rule's quotes can state the case for a side");

        Fixtures.edit(copy.resolve("rules.yaml"), "        side: go\n        quote: \"Go is fast enough", "        quote: \"Go is fast enough");
        assertThat(errorsOf(copy)).singleElement().asString().contains("needs the side it is the case for");

        Path shipped = Fixtures.copy(Fixtures.SHIPPED, temp.resolve("shipped"));
        Fixtures.edit(shipped.resolve("rules.yaml"), "for data-heavy or AI-driven projects\"\n        case: true\n",
                "for data-heavy or AI-driven projects\"\n");
        assertThat(errorsOf(shipped)).singleElement().asString().contains("states the case of one side only");
    }

    @Test
    @DisplayName("a missing field is reported at its item")
    void missingField() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("rules.yaml"), "    summary: for raw speed\n", "");

        assertThat(errorsOf(copy)).containsExactly("rules.yaml:2: missing field 'summary'");
    }

    @Test
    @DisplayName("a rule naming an unknown entity or aspect is rejected")
    void unknownEntityAndAspect() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("rules.yaml"), "between: [rust, go]", "between: [rust, zig]");
        Fixtures.edit(copy.resolve("rules.yaml"), "aspect: learning-curve", "aspect: vibes");

        assertThat(errorsOf(copy)).contains("rules.yaml:4: unknown entity 'zig'", "rules.yaml:19: unknown aspect 'vibes'");
    }

    @Test
    @DisplayName("a quote that is not verbatim in its source is rejected at the quote's line")
    void quoteNotFound() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("rules.yaml"), "usually faster than Go services", "always faster than Go services");

        assertThat(errorsOf(copy)).singleElement().satisfies(e -> assertThat(e)
                .startsWith("rules.yaml:11: quote not found verbatim in sources/gophers-weekly.md"));
    }

    @Test
    @DisplayName("duplicate ids of sources, entities and rules are rejected")
    void duplicateIds() throws IOException {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Files.copy(copy.resolve("sources/gophers-weekly.md"), copy.resolve("sources/gophers-weekly-copy.md"));
        Fixtures.edit(copy.resolve("rules.yaml"), "  - id: learning", "  - id: speed");

        assertThat(errorsOf(copy)).contains(
                "rules.yaml:18: duplicate rule id 'speed'",
                "sources/gophers-weekly.md:2: duplicate source id 'gophers-weekly' (also in sources/gophers-weekly-copy.md)");
    }

    @Test
    @DisplayName("a misspelt front-matter field is refused at its line, not dropped")
    void unknownFrontMatterField() throws IOException {
        // given a source whose 'published' is misspelt
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("sources/gophers-weekly.md"), "published: 2024-03-01", "publsihed: 2024-03-01");

        // when it is loaded, then the knowledge is refused with the file and the line of that key
        assertThat(errorsOf(copy)).containsExactly("sources/gophers-weekly.md:5: unknown field 'publsihed' in the front matter;"
                + " expected [id, title, publisher, published, kind, origin]");
    }

    @Test
    @DisplayName("an empty file and a file with only front matter are rejected")
    void emptyFiles() throws IOException {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Files.writeString(copy.resolve("sources/empty.md"), "  \n");
        Files.writeString(copy.resolve("sources/no-body.md"), "---\nid: x\ntitle: X\npublisher: P\nkind: blog\n---\n\n");

        assertThat(errorsOf(copy)).contains("sources/empty.md:1: is empty", "sources/no-body.md:7: the source has front matter but no text");
    }

    @Test
    @DisplayName("binary and wrongly encoded files are rejected")
    void binaryAndEncoding() throws IOException {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Files.write(copy.resolve("sources/image.md"), new byte[] {'-', '-', '-', '\n', 0, 1, 2});
        Files.write(copy.resolve("sources/latin1.md"), "---\nid: l\ntitle: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(errorsOf(copy)).contains("sources/image.md:2: is a binary file (it contains a NUL byte)",
                "sources/latin1.md:3: is not valid UTF-8 (byte 20)");
    }

    @Test
    @DisplayName("a file over the size limit is rejected without being read")
    void hugeFile() throws IOException {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Files.writeString(copy.resolve("sources/huge.md"), "a".repeat((int) KnowledgeFiles.MAX_FILE_BYTES + 1));

        assertThat(errorsOf(copy)).singleElement().satisfies(e -> assertThat(e).startsWith("sources/huge.md:1: is 2097153 bytes"));
    }

    @Test
    @DisplayName("a symbolic link that leads outside the directory is rejected")
    void symlinkOutside() throws IOException {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Path outside = Files.writeString(temp.resolve("secret.md"), "---\nid: s\ntitle: S\npublisher: P\nkind: k\n---\ntext\n");
        Files.createSymbolicLink(copy.resolve("sources/link.md"), outside);

        assertThat(errorsOf(copy)).singleElement().satisfies(e -> assertThat(e)
                .startsWith("sources/link.md:1: is a link that leads outside the knowledge directory"));
    }

    @Test
    @DisplayName("a rule without evidence is rejected")
    void ruleWithoutEvidence() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("rules.yaml"), """
                    evidence:
                      - source: gophers-weekly
                        side: go
                        quote: "Go makes concurrency simple with goroutines and channels."
                      - source: rustacean-digest
                        side: rust
                        quote: "Rust prevents data races at compile time, which makes concurrent code safer than in Go."
                """, "    evidence: []\n");

        assertThat(errorsOf(copy)).containsExactly("rules.yaml:36: a rule needs evidence: a list of {source, side, quote}");
    }

    @Test
    @DisplayName("one alias given to two entities is rejected")
    void conflictingAliases() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("entities.yaml"), "aliases: [rustlang, cargo]", "aliases: [rustlang, cargo, Golang]");

        assertThat(errorsOf(copy)).containsExactly("entities.yaml:7: alias 'Golang' is given to both 'go' and 'rust'");
    }

    @Test
    @DisplayName("a favors rule whose winner has no more sources than the other side is rejected")
    void favorsNeedsSupport() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("rules.yaml"), "verdict: contested", "verdict: favors\n    winner: go");

        assertThat(errorsOf(copy)).containsExactly(
                "rules.yaml:35: rule 'concurrency' favors go but only 1 source(s) back it against 1 for rust");
    }

    @Test
    @DisplayName("an aspect may say what it means and give example situations; both are empty when absent")
    void aspectMeaning() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("aspects.yaml"), "    label: concurrency\n", """
                    label: concurrency
                    description: "Doing many things at once."
                    examples: ["a server with thousands of open connections", "crawling many pages at the same time"]
                """);

        Knowledge knowledge = loader.load(copy);

        assertThat(knowledge.aspect("concurrency").description()).isEqualTo("Doing many things at once.");
        assertThat(knowledge.aspect("concurrency").examples())
                .containsExactly("a server with thousands of open connections", "crawling many pages at the same time");
        assertThat(knowledge.aspect("performance").description()).isEmpty();
        assertThat(knowledge.aspect("performance").examples()).isEmpty();
    }

    @Test
    @DisplayName("a signal of parts near each other has two parts, none empty")
    void nearSignals() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("aspects.yaml"), "    signals: [fast*, speed*, slow*, perform*]",
                "    signals: [fast*, \"fast ~ slow|speed\", \"fast ~ slow ~ speed\", \"fast ~ |slow\", \"fast ~\", \"fast~slow\"]");

        assertThat(errorsOf(copy)).containsExactly(
                "aspects.yaml:4: aspect 'performance': the signal 'fast ~ slow ~ speed' has more than two parts; "
                        + "write 'words ~ words' (the two near each other)",
                "aspects.yaml:4: aspect 'performance': the signal 'fast ~ |slow' has an empty part; "
                        + "write 'words ~ words' or 'word|word ~ word'",
                "aspects.yaml:4: aspect 'performance': the signal 'fast ~' has a '~' without words on both sides; "
                        + "write 'words ~ words', with a space around the '~'",
                "aspects.yaml:4: aspect 'performance': the signal 'fast~slow' has a '~' without words on both sides; "
                        + "write 'words ~ words', with a space around the '~'");
    }

    @Test
    @DisplayName("weak signals are read beside the signals, and checked the same way")
    void weakSignals() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("aspects.yaml"), "    signals: [fast*, speed*, slow*, perform*]",
                "    signals: [fast*, speed*, slow*, perform*]\n    weak_signals: [\"people ~ at once\"]");
        assertThat(loader.load(copy).aspect("performance").weakSignals()).containsExactly("people ~ at once");

        Fixtures.edit(copy.resolve("aspects.yaml"), "    weak_signals: [\"people ~ at once\"]", "    weak_signals: [\"people~at once\"]");
        assertThat(errorsOf(copy)).containsExactly(
                "aspects.yaml:5: aspect 'performance': the weak signal 'people~at once' has a '~' without words on both sides; "
                        + "write 'words ~ words', with a space around the '~'");
    }

    @Test
    @DisplayName("an aspect's examples must be strings and its description one value")
    void aspectMeaningMistyped() {
        Path copy = Fixtures.copy(Fixtures.FIXTURE, temp);
        Fixtures.edit(copy.resolve("aspects.yaml"), "    label: concurrency\n", """
                    label: concurrency
                    description: [two, sentences]
                    examples:
                      - {situation: a chat server}
                """);

        assertThat(errorsOf(copy)).containsExactly(
                "aspects.yaml:12: 'description' must be a single value",
                "aspects.yaml:14: 'examples' must hold non-empty strings");
    }

    @Test
    @DisplayName("a missing directory is one clear error")
    void missingDirectory() {
        assertThatThrownBy(() -> loader.load(temp.resolve("nope")))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).isEqualTo("the knowledge directory does not exist")));
    }
}
