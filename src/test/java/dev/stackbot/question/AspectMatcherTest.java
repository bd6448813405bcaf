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
        return new Aspect(id, id, List.of(signals), List.of(), 1.0, List.of(), false, false, "", List.of());
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

    @Test
    @DisplayName("a weak signal names its aspect only when nothing stronger is said, and is still listed as signalled")
    void weakSignals() {
        Aspect crowds = new Aspect("crowds", "crowds", List.of(), List.of("people|users ~ at once|connected"), 1.0, List.of(),
                false, false, "", List.of());
        Aspect live = aspect("live", "chat*");
        AspectMatcher matcher = new AspectMatcher(List.of(crowds, live));
        List<Token> alone = Tokens.of("which holds up when thousands of people are connected at once?");
        List<Token> beside = Tokens.of("a chat where thousands of people are connected at once");

        assertThat(matcher.find(alone, new boolean[alone.size()]).aspect().id()).isEqualTo("crowds");
        AspectMatcher.Found found = matcher.find(beside, new boolean[beside.size()]);
        // "chat" is one word; the crowd, three words matched, counts half of one
        assertThat(found.aspect().id()).isEqualTo("live");
        assertThat(found.signalled()).extracting(Aspect::id).containsExactly("live", "crowds");
    }

    @Test
    @DisplayName("aspects signalled as strongly are listed in the order the question signals them")
    void tiesInQuestionOrder() {
        AspectMatcher matcher = new AspectMatcher(List.of(aspect("b", "slow*"), aspect("a", "fast*"), aspect("c", "cheap*")));
        List<Token> tokens = Tokens.of("is it cheap, fast or slow?");
        List<Token> reversed = Tokens.of("is it slow, fast or cheap?");

        assertThat(matcher.find(tokens, new boolean[tokens.size()]).signalled()).extracting(Aspect::id)
                .containsExactly("c", "a", "b");
        assertThat(matcher.find(reversed, new boolean[reversed.size()]).signalled()).extracting(Aspect::id)
                .containsExactly("b", "a", "c");
    }

    @Test
    @DisplayName("a weak signal never takes words from a strong one, and weak signals, however many, never outweigh one")
    void weakAfterStrong() {
        Aspect crowds = new Aspect("crowds", "crowds", List.of(), List.of("sockets|people|fans|players ~ at once|at the same time"),
                1.0, List.of(), false, false, "", List.of());
        Aspect live = aspect("live", "socket*");
        Aspect talk = aspect("talk", "chat*");
        AspectMatcher matcher = new AspectMatcher(List.of(crowds, live, talk));
        // the weak signal is the longer phrase, yet "sockets" is the strong signal's
        List<Token> sockets = Tokens.of("lots of sockets connected at once, node or python?");
        assertThat(matcher.find(sockets, new boolean[sockets.size()]).aspect().id()).isEqualTo("live");
        // two crowds (half a word each) against one strong word named after them
        List<Token> twice = Tokens.of("thousands of fans at once and hundreds of players at the same time in one chat");
        AspectMatcher.Found found = matcher.find(twice, new boolean[twice.size()]);
        assertThat(found.aspect().id()).isEqualTo("talk");
        assertThat(found.signalled()).extracting(Aspect::id).containsExactly("talk", "crowds");
    }
}
