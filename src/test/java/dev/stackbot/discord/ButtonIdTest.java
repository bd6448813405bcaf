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

    @ParameterizedTest
    @ValueSource(strings = {"", "more", "more:abc", "more:abc:0", "more:ABC:2", "more:abc:-1", "more:abc:99999",
            "fb:sideways:abc", "fb:up:", "more:abc:2:extra", "more:../../x:1"})
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
