package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
@DisplayName("Button ids: what a button does, encoded in 100 characters")
final class ButtonIdTest {

    @Test
    @DisplayName("a 'more' id round-trips its answer key and page")
    void moreRoundTrips() {
        String id = ButtonId.more("mws9zlff", 2);
        assertThat(ButtonId.parse(id)).contains(new ButtonId(ButtonId.MORE, "mws9zlff", 2));
        assertThat(id.length()).isLessThanOrEqualTo(100);
    }

    @Test
    @DisplayName("feedback ids round-trip up and down")
    void feedbackRoundTrips() {
        assertThat(ButtonId.parse(ButtonId.feedback(true, "abc"))).contains(new ButtonId(ButtonId.UP, "abc", 0));
        assertThat(ButtonId.parse(ButtonId.feedback(false, "abc"))).contains(new ButtonId(ButtonId.DOWN, "abc", 0));
    }

    @Test
    @DisplayName("the ids after a 👎 (reason menu, comment button, comment modal) round-trip their answer key")
    void followUpsRoundTrip() {
        assertThat(ButtonId.parse(ButtonId.reason("abc"))).contains(new ButtonId(ButtonId.REASON, "abc", 0));
        assertThat(ButtonId.parse(ButtonId.comment("abc"))).contains(new ButtonId(ButtonId.COMMENT, "abc", 0));
        assertThat(ButtonId.parse(ButtonId.modal("abc"))).contains(new ButtonId(ButtonId.MODAL, "abc", 0));
    }

    @Test
    @DisplayName("a key as the AnswerStore makes it fits every id, well inside 100 characters")
    void storeKeysFit() {
        String key = ButtonId.parse(ButtonId.feedback(true, keyOf(AnswerStore.standard()))).orElseThrow().answerKey();
        assertThat(key).matches("[0-9a-z]{10,30}");
        assertThat(ButtonId.more(key, 9999).length()).isLessThanOrEqualTo(100);
    }

    private static String keyOf(AnswerStore store) {
        return store.put(new dev.stackbot.answer.Answer("q", true, java.util.List.of(), java.util.List.of(), null, null,
                "fact", dev.stackbot.verdict.Verdict.none("none"), java.util.List.of(), "text", "v1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "more", "more:abc", "more:abc:0", "more:ABC:2", "more:abc:-1", "more:abc:99999",
            "fb:sideways:abc", "fb:up:", "more:abc:2:extra", "more:../../x:1", "fbr:", "fbx:abc", "fbm:ABC",
            "fbc:abc:1"})
    @DisplayName("anything not made by ButtonId (forged or stale) is rejected")
    void foreignIdsRejected(String customId) {
        assertThat(ButtonId.parse(customId)).isEmpty();
    }

    @Test
    @DisplayName("null is rejected")
    void nullRejected() {
        assertThat(ButtonId.parse(null)).isEmpty();
    }
}
