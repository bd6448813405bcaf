package dev.stackbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Discord text: cleaning, defusing mentions, clipping at sentence or word")
final class DiscordTextTest {

    @Test
    @DisplayName("text within the limit is untouched")
    void shortTextUntouched() {
        assertThat(DiscordText.clip("Node.js is fast.", 100)).isEqualTo("Node.js is fast.");
    }

    @Test
    @DisplayName("clipping prefers the end of a sentence and adds an ellipsis")
    void clipsAtSentence() {
        String text = "Node.js handles many connections. Python is simpler to read and write for most teams.";
        String clipped = DiscordText.clip(text, 60);
        assertThat(clipped).isEqualTo("Node.js handles many connections.…");
    }

    @Test
    @DisplayName("without a sentence end in reach it cuts after a whole word, never inside one")
    void clipsAtWord() {
        String text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";
        String clipped = DiscordText.clip(text, 20);
        assertThat(clipped).isEqualTo("alpha beta gamma…");
        assertThat(clipped.length()).isLessThanOrEqualTo(20);
    }

    @Test
    @DisplayName("a single word longer than the limit is cut, without splitting a surrogate pair")
    void longWordCut() {
        String emoji = "😀".repeat(50);
        String clipped = DiscordText.clip(emoji, 10);
        assertThat(clipped.length()).isLessThanOrEqualTo(10);
        assertThat(Character.isHighSurrogate(clipped.charAt(clipped.length() - 2))).isFalse();
        assertThat(clipped).endsWith(DiscordText.ELLIPSIS);
    }

    @Test
    @DisplayName("control characters and bidi overrides are removed; line breaks kept but not in floods")
    void cleansControls() {
        assertThat(DiscordText.clean("a\u0000b\u0007c\u202Ed\r\ne\n\n\n\n\nf\tg")).isEqualTo("abcd\ne\n\nf g");
    }

    @Test
    @DisplayName("@everyone, @here and mention syntax are defused")
    void defusesMentions() {
        assertThat(DiscordText.defuseMentions("@everyone @here <@123> <@&5>"))
                .doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@1").doesNotContain("<@&");
    }

    @RepeatedTest(200)
    @DisplayName("any text clipped to any limit fits and ends cleanly")
    void clipAlwaysFits(org.junit.jupiter.api.RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(3000);
        String alphabet = "ab cd.ef! gh?\n😀é\u0000";
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int max = 1 + random.nextInt(500);
        String clipped = DiscordText.clip(text.toString(), max);
        assertThat(clipped.length()).isLessThanOrEqualTo(max);
        if (!clipped.isEmpty()) {
            assertThat(Character.isHighSurrogate(clipped.charAt(clipped.length() - 1))).isFalse();
        }
    }
}
