package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.Aspect;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Aspect signals: phrases, prefixes, and two parts that must occur near each other")
final class AspectMatcherTest {

    private static Aspect aspect(String id, String... signals) {
        return new Aspect(id, id, List.of(signals), 1.0, List.of(), false, false, "", List.of());
    }

    private static final AspectMatcher MATCHER = new AspectMatcher(List.of(
            aspect("forecasting", "predict|forecast* ~ past|history|years of"),
            aspect("data", "data ~ data*"),
            aspect("speed", "fast*"),
            aspect("learning", "learn*", "beginner*")));

    private static AspectMatcher.Found find(String text) {
        List<Token> tokens = Tokens.of(text);
        return MATCHER.find(tokens, new boolean[tokens.size()]);
    }

    private static String aspectOf(String text) {
        AspectMatcher.Found found = find(text);
        return found.aspect() == null ? "none" : found.aspect().id();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "we want to forecast demand from our sales history|forecasting",
            "from ten years of sales, predict next month|forecasting",
            "predict which hives swarm, using the past inspections|forecasting",
            "forecasting demand for the past-due orders|forecasting",
            // one part alone is not the signal
            "predict which one is faster|speed",
            "we kept the history of every order|none",
            // the second part must be other words than the first part's own: one "data" is not both
            "the data lives here|none",
            "the data is raw data|data"})
    @DisplayName("both parts, in either order, each one of its alternatives; one part alone is nothing")
    void bothPartsEitherOrder(String text, String aspect) {
        assertThat(aspectOf(text)).isEqualTo(aspect);
    }

    @Test
    @DisplayName("the parts are near: at most ten words between them")
    void withinTenWords() {
        assertThat(aspectOf("predict one two three four five six seven eight nine ten past")).isEqualTo("forecasting");
        assertThat(aspectOf("predict one two three four five six seven eight nine ten eleven past")).isEqualTo("none");
        assertThat(aspectOf("past one two three four five six seven eight nine ten predict")).isEqualTo("forecasting");
        assertThat(aspectOf("past one two three four five six seven eight nine ten eleven predict")).isEqualTo("none");
    }

    @Test
    @DisplayName("a matched signal counts every word of both parts, so it outweighs a single word")
    void weighsBothParts() {
        AspectMatcher.Found found = find("is it fast to forecast from years of data?");
        assertThat(found.aspect().id()).isEqualTo("forecasting");
        assertThat(found.score()).isEqualTo(3.0);
        assertThat(found.matchedWords()).containsExactlyInAnyOrder("forecast", "years", "of");
        assertThat(found.signalled()).extracting(Aspect::id).containsExactly("forecasting", "speed");
    }

    @Test
    @DisplayName("a negation of the first part rules the signal out; a second part ruled out itself is passed over")
    void negated() {
        assertThat(aspectOf("no forecasting from history needed")).isEqualTo("none");
        assertThat(aspectOf("nobody here does it, we predict from past sales")).isEqualTo("forecasting");
        // a second part ruled out itself is passed over for one that is not, and alone it is nothing
        assertThat(aspectOf("we have no history with it, but we predict demand from our order history")).isEqualTo("forecasting");
        assertThat(aspectOf("predict sales, no history needed")).isEqualTo("none");
    }

    @Test
    @DisplayName("a misspelt signal word counts ('lern', 'beginer'); a real English word a letter away does not ('lean'), nor a word whose first two letters differ ('lrean')")
    void misspellings() {
        assertThat(aspectOf("shud i lern it first")).isEqualTo("learning");
        assertThat(aspectOf("total beginer here")).isEqualTo("learning");
        assertThat(aspectOf("a lean startup")).isEqualTo("none");
        assertThat(aspectOf("lrean it first")).isEqualTo("none");
        // three letters is too short to tell a slip from another word
        assertThat(aspectOf("fst one")).isEqualTo("none");
    }
}
