package dev.stackbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading facts and errata: every quote checked, every error named with its line")
final class FactLoaderTest {

    /** A valid facts file for the Go-vs-Rust fixture; each test breaks one thing in it. */
    private static final String FACTS = """
            facts:
              - id: rust-garbage-collector
                subject: rust
                attribute: garbage collector
                asked_as: [garbage collector, gc]
                claims:
                  - value: "none"
                    evidence:
                      - {source: gophers-weekly, quote: "Rust compiles to native code without a garbage collector"}
              - id: rust-learning-time
                subject: rust
                attribute: time to learn
                claims:
                  - value: "two months"
                    evidence:
                      - {source: rustacean-digest, quote: "Rust took our team two months to learn well."}
                  - value: "a steep curve"
                    evidence:
                      - source: gophers-weekly
                        quote: "Rust has a steep learning curve because of the borrow checker."
            errata:
              - source: rustacean-digest
                quote: "Memory use dropped by half."
                correction: "The rewrite's memory use fell by a third, not by half."
                reference: "Rustacean Digest, follow-up post"
            """;

    @TempDir
    Path temp;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    private Path withFacts(String text) {
        try {
            // a fresh directory each time: some tests load several variants
            Path copy = Fixtures.copy(Fixtures.FIXTURE, Files.createTempDirectory(temp, "variant"));
            Files.writeString(copy.resolve("facts.yaml"), text);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts file with the first {@code from} replaced by {@code to}, failing when {@code from} is not in it. */
    private Path withFactsEdited(String from, String to) {
        assertThat(FACTS).contains(from);
        return withFacts(FACTS.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private List<String> errorsOf(Path dir) {
        try {
            loader.load(dir);
        } catch (KnowledgeException e) {
            return e.errors().stream().map(Object::toString).toList();
        }
        throw new AssertionError("expected the knowledge in " + dir + " to be rejected");
    }

    @Test
    @DisplayName("a valid file gives facts with their claims and quotes, and errata")
    void validFile() {
        Knowledge knowledge = loader.load(withFacts(FACTS));

        assertThat(knowledge.facts()).extracting(Fact::id).containsExactly("rust-garbage-collector", "rust-learning-time");
        Fact collector = knowledge.fact("rust-garbage-collector");
        assertThat(collector.subject()).isEqualTo("rust");
        assertThat(collector.askedAs()).containsExactly("garbage collector", "gc");
        assertThat(collector.values()).containsExactly("none");
        assertThat(collector.disputed()).isFalse();
        assertThat(collector.file()).isEqualTo("facts.yaml");
        assertThat(collector.line()).isEqualTo(2);
        assertThat(knowledge.factTitle(collector)).isEqualTo("Rust \u2014 garbage collector");

        Fact learning = knowledge.fact("rust-learning-time");
        assertThat(learning.disputed()).isTrue();
        assertThat(learning.claims().get(1).evidence()).singleElement().satisfies(quote -> {
            assertThat(quote.source()).isEqualTo("gophers-weekly");
            assertThat(quote.side()).isNull();
            assertThat(quote.line()).isEqualTo(20);
        });
        assertThat(learning.askedAs()).isEmpty();
        assertThat(knowledge.factsAbout("rust")).hasSize(2);
        assertThat(knowledge.factsAbout("go")).isEmpty();

        assertThat(knowledge.errata()).singleElement().satisfies(erratum -> {
            assertThat(erratum.source()).isEqualTo("rustacean-digest");
            assertThat(erratum.line()).isEqualTo(23);
            assertThat(erratum.reference()).isEqualTo("Rustacean Digest, follow-up post");
        });
    }

    @Test
    @DisplayName("an erratum applies to a passage of its source that contains its quote, and to nothing else")
    void errataLookup() {
        Knowledge knowledge = loader.load(withFacts(FACTS));
        String passage = "Our Rust rewrite answered requests three times faster than the old Go service. Memory use dropped by half.";

        assertThat(knowledge.errataFor("rustacean-digest", passage)).singleElement()
                .satisfies(e -> assertThat(e.correction()).startsWith("The rewrite's memory use"));
        assertThat(knowledge.errataFor("gophers-weekly", passage)).isEmpty();
        assertThat(knowledge.errataFor("rustacean-digest", "Rust took our team two months to learn well.")).isEmpty();
        assertThat(knowledge.errataFor(null, passage)).isEmpty();
    }

    @Test
    @DisplayName("the fixture without facts has none, and no errata")
    void noFacts() {
        Knowledge knowledge = loader.load(Fixtures.FIXTURE);

        assertThat(knowledge.facts()).isEmpty();
        assertThat(knowledge.errata()).isEmpty();
        assertThat(knowledge.errataFor("rustacean-digest", "Memory use dropped by half.")).isEmpty();
    }

    @Test
    @DisplayName("a fact about an unknown entity is rejected at its subject")
    void unknownSubject() {
        assertThat(errorsOf(withFactsEdited("subject: rust", "subject: zig")))
                .containsExactly("facts.yaml:3: unknown entity 'zig'");
    }

    @Test
    @DisplayName("two facts with one id are rejected at the second")
    void duplicateId() {
        assertThat(errorsOf(withFactsEdited("id: rust-learning-time", "id: rust-garbage-collector")))
                .containsExactly("facts.yaml:10: duplicate fact id 'rust-garbage-collector'");
    }

    @Test
    @DisplayName("a fact without claims, or with an empty list of them, is rejected")
    void noClaims() {
        String withoutClaims = FACTS.substring(0, FACTS.indexOf("    claims:")) + FACTS.substring(FACTS.indexOf("  - id: rust-learning-time"));

        assertThat(errorsOf(withFacts(withoutClaims))).containsExactly(
                "facts.yaml:2: a fact needs claims: a list of {value, evidence}, one per value the sources give");
        assertThat(errorsOf(withFactsEdited("""
                    claims:
                      - value: "two months"
                        evidence:
                          - {source: rustacean-digest, quote: "Rust took our team two months to learn well."}
                      - value: "a steep curve"
                        evidence:
                          - source: gophers-weekly
                            quote: "Rust has a steep learning curve because of the borrow checker."
                """, "    claims: []\n"))).containsExactly(
                "facts.yaml:13: a fact needs claims: a list of {value, evidence}, one per value the sources give");
    }

    @Test
    @DisplayName("a claim without a quote is rejected")
    void claimWithoutEvidence() {
        assertThat(errorsOf(withFactsEdited("""
                        evidence:
                          - {source: gophers-weekly, quote: "Rust compiles to native code without a garbage collector"}
                """, "        evidence: []\n")))
                .containsExactly("facts.yaml:8: a claim needs evidence: a list of {source, quote}");
    }

    @Test
    @DisplayName("one value claimed twice in a fact is rejected: the quotes belong under one claim")
    void duplicateClaimValue() {
        assertThat(errorsOf(withFactsEdited("value: \"a steep curve\"", "value: \"two months\"")))
                .containsExactly("facts.yaml:17: the value 'two months' is claimed twice; put every quote that gives it under one claim");
    }

    @Test
    @DisplayName("a quote not verbatim in its source is rejected at the quote's line, in a fact and in an erratum")
    void quoteNotVerbatim() {
        assertThat(errorsOf(withFactsEdited("two months to learn well", "two weeks to learn well")))
                .singleElement().satisfies(e -> assertThat(e).startsWith("facts.yaml:16: quote not found verbatim in sources/rustacean-digest.md"));
        assertThat(errorsOf(withFactsEdited("Memory use dropped by half.", "Memory use dropped by 90%.")))
                .singleElement().satisfies(e -> assertThat(e).startsWith("facts.yaml:23: quote not found verbatim in sources/rustacean-digest.md"));
    }

    @Test
    @DisplayName("a quote from a promotional sentence is rejected: it is never cited, so it could back nothing")
    void promotionalQuote() {
        assertThat(errorsOf(withFactsEdited("quote: \"Rust took our team two months to learn well.\"",
                "quote: \"free migration review\"")))
                .singleElement().satisfies(e -> assertThat(e)
                        .startsWith("facts.yaml:16: quote stands in a promotional sentence of sources/rustacean-digest.md"));
        assertThat(errorsOf(withFactsEdited("source: rustacean-digest\n    quote: \"Memory use dropped by half.\"",
                "source: gophers-weekly\n    quote: \"to build your next service\"")))
                .singleElement().satisfies(e -> assertThat(e)
                        .startsWith("facts.yaml:23: quote stands in a promotional sentence of sources/gophers-weekly.md"));
    }

    @Test
    @DisplayName("a quote that runs over two lines of its source is rejected: no passage crosses a line")
    void quoteOverTwoLines() {
        assertThat(errorsOf(withFactsEdited("quote: \"Memory use dropped by half.\"",
                "quote: \"Memory use dropped by half.\\n\\nConcurrency\"")))
                .containsExactly("facts.yaml:23: a quote stays on one line of its source: \"Memory use dropped by half.  Concurrency\"");
    }

    @Test
    @DisplayName("a quote of an unknown source is rejected at its source")
    void unknownSource() {
        assertThat(errorsOf(withFactsEdited("source: rustacean-digest\n    quote:", "source: ferris-gazette\n    quote:")))
                .containsExactly("facts.yaml:22: unknown source 'ferris-gazette'");
    }

    @Test
    @DisplayName("unknown keys are refused in facts, claims, evidence and errata")
    void unknownKeys() {
        assertThat(errorsOf(withFactsEdited("    attribute: time to learn\n", "    attribute: time to learn\n    aspect: learning\n")))
                .containsExactly("facts.yaml:13: unknown field 'aspect'; expected [id, subject, attribute, asked_as, claims]");
        assertThat(errorsOf(withFactsEdited("      - value: \"none\"\n", "      - value: \"none\"\n        note: nothing\n")))
                .containsExactly("facts.yaml:8: unknown field 'note'; expected [value, evidence]");
        assertThat(errorsOf(withFactsEdited("{source: gophers-weekly, quote:", "{source: gophers-weekly, side: rust, quote:")))
                .containsExactly("facts.yaml:9: unknown field 'side'; expected [source, quote]");
        assertThat(errorsOf(withFactsEdited("    reference:", "    seen: yesterday\n    reference:")))
                .containsExactly("facts.yaml:25: unknown field 'seen'; expected [source, quote, correction, reference]");
    }

    @Test
    @DisplayName("an erratum needs its correction and its reference, and one quote has one erratum")
    void erratumFields() {
        assertThat(errorsOf(withFactsEdited("    correction: \"The rewrite's memory use fell by a third, not by half.\"\n", "")))
                .containsExactly("facts.yaml:22: missing field 'correction'");
        assertThat(errorsOf(withFactsEdited("    reference: \"Rustacean Digest, follow-up post\"\n", "    reference: \"\"\n")))
                .containsExactly("facts.yaml:25: empty field 'reference'");
        String twice = FACTS + """
                  - source: rustacean-digest
                    quote: "Memory use dropped by half."
                    correction: "Another correction."
                    reference: "Another reference"
                """;
        assertThat(errorsOf(withFacts(twice))).containsExactly("facts.yaml:27: this quote of rustacean-digest already has an erratum");
    }

    @Test
    @DisplayName("facts and errata may live in any .yaml file of the directory")
    void anyFile() throws IOException {
        Path copy = withFacts("errata:\n" + FACTS.substring(FACTS.indexOf("errata:\n") + "errata:\n".length()));
        Files.writeString(copy.resolve("rust-facts.yaml"), FACTS.substring(0, FACTS.indexOf("errata:")));

        Knowledge knowledge = loader.load(copy);

        assertThat(knowledge.facts()).extracting(Fact::file).containsOnly("rust-facts.yaml");
        assertThat(knowledge.errata()).extracting(Erratum::file).containsExactly("facts.yaml");
    }
}
