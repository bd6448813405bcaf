package dev.stackbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import dev.stackbot.passage.Passage;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shipped knowledge/ passes every check")
final class ShippedKnowledgeTest {

    private final KnowledgeSnapshot snapshot = new SnapshotBuilder().build(Fixtures.SHIPPED);

    @Test
    @DisplayName("every file in knowledge/ loads, every quote is found in a citable passage")
    void shippedKnowledgeIsValid() {
        assertThat(snapshot.knowledge().documents()).hasSize(5);
        assertThat(snapshot.knowledge().rules()).isNotEmpty();
        assertThat(snapshot.evidence().values()).allSatisfy(quotes -> assertThat(quotes).isNotEmpty());
    }

    @Test
    @DisplayName("each rule's evidence is resolved to the passage that holds that very quote, in evidence order")
    void evidenceResolvedToItsPassage() {
        KnowledgeSnapshot snapshot = new SnapshotBuilder().build(Fixtures.SHIPPED);

        for (VerdictRule rule : snapshot.knowledge().rules()) {
            var resolved = snapshot.evidence(rule);

            assertThat(resolved).extracting(e -> e.quote()).as(rule.id()).containsExactlyElementsOf(rule.evidence());
            assertThat(resolved).as(rule.id()).allSatisfy(e ->
                    assertThat(snapshot.passages().get(e.ordinal()).text()).contains(e.quote().quote()));
        }
    }

    @Test
    @DisplayName("no cited passage matches a promotional pattern")
    void noPromotionCited() {
        for (var passage : snapshot.passages()) {
            for (var pattern : snapshot.knowledge().promotional()) {
                assertThat(pattern.matcher(passage.text()).find()).as(passage.id() + " vs " + pattern).isFalse();
            }
        }
    }

    @Test
    @DisplayName("every quote of a fact and of an erratum stands inside one passage of its source, so it can be shown")
    void factAndErratumQuotesAreCitable() {
        Knowledge knowledge = snapshot.knowledge();
        assertThat(knowledge.facts()).isNotEmpty();
        assertThat(knowledge.errata()).isNotEmpty();

        for (Fact fact : knowledge.facts()) {
            for (Claim claim : fact.claims()) {
                for (Evidence quote : claim.evidence()) {
                    assertThat(passagesOf(quote.source())).as(fact.id() + " at " + quote.file() + ":" + quote.line())
                            .anySatisfy(p -> assertThat(p.text()).contains(quote.quote()));
                }
            }
        }
        for (Erratum erratum : knowledge.errata()) {
            assertThat(passagesOf(erratum.source())).as(erratum.file() + ":" + erratum.line())
                    .anySatisfy(p -> assertThat(knowledge.errataFor(erratum.source(), p.text())).contains(erratum));
        }
    }

    @Test
    @DisplayName("the sources' disagreements are facts with several claims: Python's first release, npm's size")
    void disagreementsAreDisputedFacts() {
        Knowledge knowledge = snapshot.knowledge();

        Fact pythonRelease = knowledge.fact("python-first-release");
        assertThat(pythonRelease.disputed()).isTrue();
        assertThat(pythonRelease.values()).containsExactly("1991", "December 1989");
        assertThat(pythonRelease.claims().get(0).sources()).containsExactly("mobileappdaily-node-vs-python", "appic-node-vs-python");
        assertThat(knowledge.factTitle(pythonRelease)).isEqualTo("Python \u2014 first public release");
        assertThat(knowledge.fact("nodejs-npm-package-count").disputed()).isTrue();
        assertThat(knowledge.fact("nodejs-first-release").disputed()).isFalse();
        assertThat(knowledge.factsAbout("nodejs")).extracting(Fact::subject).containsOnly("nodejs");
    }

    @Test
    @DisplayName("the December 1989 erratum applies to the passage that says it, and to no passage of another source")
    void erratumFindsItsPassage() {
        Knowledge knowledge = snapshot.knowledge();
        Passage wrong = passagesOf("python-vs-node-web-development").stream()
                .filter(p -> p.text().contains("December 1989")).findFirst().orElseThrow();

        assertThat(knowledge.errataFor(wrong.doc(), wrong.text())).singleElement()
                .satisfies(e -> assertThat(e.correction()).contains("February 1991"));
        assertThat(knowledge.errataFor("appic-node-vs-python", wrong.text())).isEmpty();
    }

    @Test
    @DisplayName("databases, front ends and containers are used alongside the pair; other languages and runtimes instead of it")
    void othersAlongside() {
        java.util.Map<String, Boolean> alongside = new java.util.HashMap<>();
        snapshot.knowledge().others().forEach(o -> alongside.put(o.name(), o.alongside()));

        assertThat(alongside).containsEntry("Postgres", true).containsEntry("React", true).containsEntry("Docker", true)
                .containsEntry("Rust", false).containsEntry("Go", false).containsEntry("Deno", false);
    }

    @Test
    @DisplayName("every shipped aspect says what it means, with four to twenty example situations")
    void aspectsCarryMeaning() {
        assertThat(snapshot.knowledge().aspects()).allSatisfy(aspect -> {
            assertThat(aspect.description()).as(aspect.id()).isNotBlank();
            assertThat(aspect.examples()).as(aspect.id()).hasSizeBetween(4, 30).doesNotHaveDuplicates();
        });
    }

    private List<Passage> passagesOf(String source) {
        return snapshot.passages().stream()
                .filter(p -> p.doc().equals(source) || p.alsoIn().stream().anyMatch(id -> id.startsWith(source + "#")))
                .toList();
    }
}
