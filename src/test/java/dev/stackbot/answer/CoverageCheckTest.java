package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.KnowledgeLoader;
import dev.stackbot.question.Coverage;
import dev.stackbot.question.QuestionReader;
import dev.stackbot.question.UnderstoodQuestion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Coverage is decided once, from the topic: by meaning and by words, not by the absence of names")
final class CoverageCheckTest {

    private static final QuestionReader READER = new QuestionReader(new KnowledgeLoader().load(Fixtures.SHIPPED));

    private static Coverage decide(String question, double share, boolean hits, CoverageCheck.Meaning meaning) {
        UnderstoodQuestion understood = READER.read(question, List.of());
        List<String> named = understood.subjects();
        return CoverageCheck.decide(understood, named, () -> new CoverageCheck.Signals(share, hits, meaning, false, List.of())).coverage();
    }

    /** The same closeness to passages, aspects, the overall choice, the whole and the facts; no fact asked by words. */
    private static CoverageCheck.Meaning close(float cosine) {
        return new CoverageCheck.Meaning(cosine, cosine, cosine, cosine / 2, cosine, false, -2, cosine);
    }

    @Test
    @DisplayName("a choice between two things the sources never mention is refused, however close its other words are")
    void unknownOptions() {
        UnderstoodQuestion understood = READER.read("grow my knitting shop fast, etsy or ebay?", List.of());
        CoverageCheck.Signals signals = new CoverageCheck.Signals(1, true, close(0.9f), true, List.of());

        assertThat(CoverageCheck.decide(understood, List.of(), () -> signals).coverage()).isEqualTo(Coverage.NO_TOPIC);
        assertThat(CoverageCheck.decide(understood, List.of(), () -> new CoverageCheck.Signals(1, true, close(0.9f), false, List.of())).coverage())
                .isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("a thing asked for by a word no source uses is refused, named or not, unless the meaning is clearly the sources'")
    void unknownThing() {
        UnderstoodQuestion licence = READER.read("what licence is node released under?", List.of());
        List<String> named = licence.subjects();
        java.util.function.Function<CoverageCheck.Meaning, Coverage> decide = meaning -> CoverageCheck.decide(licence, named,
                () -> new CoverageCheck.Signals(1, true, meaning, false, List.of("licence"))).coverage();

        assertThat(decide.apply(close(0.6f))).isEqualTo(Coverage.UNKNOWN_THING);
        assertThat(decide.apply(null)).isEqualTo(Coverage.UNKNOWN_THING);
        // as close to a fact as a fact asked in other words, or to the passages: the word is another word for theirs
        assertThat(decide.apply(new CoverageCheck.Meaning(0.5f, 0.5f, 0.3f, 0.3f, 0.8f, false, -2, 0.6f))).isEqualTo(Coverage.COVERED);
        assertThat(decide.apply(new CoverageCheck.Meaning(0.7f, 0.5f, 0.3f, 0.3f, 0.6f, false, -2, 0.7f))).isEqualTo(Coverage.COVERED);
        // the closest fact is the one its other words find ("released"): that closeness is theirs, not the thing's
        assertThat(decide.apply(new CoverageCheck.Meaning(0.5f, 0.5f, 0.3f, 0.3f, 0.8f, false, 0.8f, 0.6f)))
                .isEqualTo(Coverage.UNKNOWN_THING);
        // and the refusal knows the words it is for
        assertThat(CoverageCheck.decide(licence, named, () -> new CoverageCheck.Signals(1, true, close(0.6f), false,
                List.of("licence"))).unknownThing()).containsExactly("licence");
        assertThat(CoverageCheck.decide(licence, named, () -> new CoverageCheck.Signals(1, true, close(0.6f), false,
                List.of())).unknownThing()).isEmpty();
    }

    @Test
    @DisplayName("a named technology is covered; a foreign one is not, whatever the closeness")
    void names() {
        assertThat(decide("is node fast?", 0, true, close(0.35f))).isEqualTo(Coverage.COVERED);
        assertThat(decide("is node faster than python?", 0, true, close(0.1f))).isEqualTo(Coverage.COVERED);
        assertThat(decide("is node fast?", 0, true, null)).isEqualTo(Coverage.COVERED);
        assertThat(decide("Is Rust faster than Go?", 1, true, close(0.9f))).isEqualTo(Coverage.FOREIGN);
    }

    @Test
    @DisplayName("one name, compared with nothing, far from everything the knowledge holds: the word means something else")
    void nameInAnotherSense() {
        assertThat(decide("my python keeps shedding its skin, normal?", 0, true, close(0.2f))).isEqualTo(Coverage.NO_TOPIC);
        // two names keep it the knowledge's however far the words are
        assertThat(decide("node and python together?", 0, true, close(0.2f))).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("one name set against something is in another sense too when the coverage model gives it low odds")
    void nameInAnotherSenseCompared() {
        // a slangy question of the channel, in between by meaning, that its choice words lift above the bar
        CoverageCheck.Meaning slang = new CoverageCheck.Meaning(0.28f, 0.30f, 0.25f, 0.20f, 0.30f, true, -2, 0.29f);
        assertThat(CoverageCheck.odds(slang, false)).isGreaterThan(CoverageCheck.NAME_IN_ANOTHER_SENSE_ODDS);
        assertThat(decide("pyhton vs nod for ML stuf", 0, true, slang)).isEqualTo(Coverage.COVERED);

        // far by meaning, with an "or" that sets the name against nothing of the knowledge's
        assertThat(decide("the cluster has 3 nodes: add a fourth node or rebalance?", 0.5, true, close(0.3f)))
                .isEqualTo(Coverage.NO_TOPIC);
        assertThat(decide("my python stopped eating, should i worry or is that normal?", 0, true, close(0.25f)))
                .isEqualTo(Coverage.NO_TOPIC);
        // the same question close to the knowledge stays its own
        assertThat(decide("the cluster has 3 nodes: add a fourth node or rebalance?", 0.5, true, close(0.45f)))
                .isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("a choice between two names of one technology is the reading's to refuse, however close")
    void withinOne() {
        assertThat(decide("django or flask for a small api?", 1, true, close(0.9f))).isEqualTo(Coverage.WITHIN_ONE);
    }

    @Test
    @DisplayName("with no name: close by meaning is covered; far is not, even with the sources' words and an aspect's")
    void meaning() {
        assertThat(decide("riders watch a dot move on a map", 0.2, true, close(0.55f))).isEqualTo(Coverage.COVERED);
        assertThat(decide("which is faster to learn?", 1, true, close(0.2f))).isEqualTo(Coverage.NO_TOPIC);
    }

    @Test
    @DisplayName("in between, pointing at the pair or signalling the overall choice tips the odds; a signal word alone does not")
    void inBetween() {
        CoverageCheck.Meaning between = new CoverageCheck.Meaning(0.30f, 0.40f, 0.25f, 0.15f, 0.28f, false, -2, 0.40f);
        CoverageCheck.Meaning choiceWords = new CoverageCheck.Meaning(0.30f, 0.40f, 0.25f, 0.15f, 0.28f, true, -2, 0.40f);

        assertThat(CoverageCheck.odds(between, true)).isGreaterThan(CoverageCheck.odds(between, false));
        assertThat(decide("which of the two for my thing?", 0, true, between)).isEqualTo(Coverage.COVERED);
        assertThat(decide("a sane budget for a new monitor?", 1, true, between)).isEqualTo(Coverage.NO_TOPIC);
        assertThat(CoverageCheck.odds(choiceWords, false)).isGreaterThan(CoverageCheck.odds(between, false));
    }

    @Test
    @DisplayName("a fact its own words ask for covers a slangy question, when the question is close to that fact too")
    void askedFact() {
        CoverageCheck.Meaning far = new CoverageCheck.Meaning(0.2f, 0.2f, 0.1f, 0.05f, 0.3f, false, -2, 0.2f);

        assertThat(decide("wat even is the GIL n why", 0.3, true, far)).isEqualTo(Coverage.NO_TOPIC);
        assertThat(decide("wat even is the GIL n why", 0.3, true, withAskedFact(far, 0.48f))).isEqualTo(Coverage.COVERED);
        assertThat(decide("is an ssd faster for booting windows?", 0.5, true, withAskedFact(far, 0.10f))).isEqualTo(Coverage.NO_TOPIC);
    }

    private static CoverageCheck.Meaning withAskedFact(CoverageCheck.Meaning meaning, float askedFact) {
        return new CoverageCheck.Meaning(meaning.passages(), meaning.aspect(), meaning.overall(), meaning.centroid(),
                meaning.fact(), meaning.overallWords(), askedFact, meaning.closest());
    }

    @Test
    @DisplayName("a knowledge without facts is not the model's: the closest passage or aspect decides, a signal word enough in between")
    void withoutFacts() {
        CoverageCheck.Meaning noFacts = new CoverageCheck.Meaning(0.2f, 0.35f, 0.2f, 0.2f, Float.NaN, false, -2, 0.35f);

        assertThat(decide("which is easier to learn?", 1, true, noFacts)).isEqualTo(Coverage.COVERED);
        assertThat(decide("thoughts on my cat?", 0, true, noFacts)).isEqualTo(Coverage.NO_TOPIC);
    }

    @Test
    @DisplayName("lexically (no closeness), a question naming nothing needs an aspect and the sources' words")
    void lexical() {
        assertThat(decide("which is easier to learn?", 1, true, null)).isEqualTo(Coverage.COVERED);
        assertThat(decide("which is easier to learn?", 0.2, true, null)).isEqualTo(Coverage.NO_TOPIC);
        assertThat(decide("is node fast?", 1, false, null)).isEqualTo(Coverage.NO_TOPIC);
    }
}
