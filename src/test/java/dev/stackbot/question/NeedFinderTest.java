package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Needs: a question is cut where it joins two needs, never inside a short list")
final class NeedFinderTest {

    @Test
    @DisplayName("two clauses joined by 'and also' or 'but' are two parts")
    void joined() {
        assertThat(NeedFinder.parts("a video app that streams to many viewers and also recommends what to watch next"))
                .containsExactly("a video app that streams to many viewers", "recommends what to watch next");
        assertThat(NeedFinder.parts("half the team are beginners but the service holds many connections"))
                .hasSize(2);
    }

    @Test
    @DisplayName("'fast and cheap' is one need: parts of fewer than three words are dropped")
    void shortList() {
        assertThat(NeedFinder.parts("is node fast and cheap")).containsExactly("is node fast");
    }

    @Test
    @DisplayName("in a message of several sentences, only the last two can add a need; a short one counts whole")
    void background() {
        String background = "We are four developers. A colleague keeps saying that one of them is faster and cheaper to host. "
                + "We need live chat and also a recommendation model. Which one?";

        assertThat(NeedFinder.asking(background)).isEqualTo("We need live chat and also a recommendation model. Which one?");
        assertThat(NeedFinder.asking("live chat and also recommendations. which one?"))
                .isEqualTo("live chat and also recommendations. which one?");
        assertThat(NeedFinder.askingStart(background)).isEqualTo(background.indexOf("We need live chat"));
        assertThat(NeedFinder.askingStart("live chat and also recommendations. which one?")).isZero();
    }
}
