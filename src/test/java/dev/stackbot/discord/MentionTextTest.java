package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Mention text: the question in a message that mentions the bot")
final class MentionTextTest {

    private static final long BOT = 100000000000000001L;

    @Test
    @DisplayName("the bot's mention, in either syntax and anywhere, is removed and the rest trimmed")
    void removesBotMention() {
        assertThat(MentionText.question("<@100000000000000001> is Node faster?", BOT)).isEqualTo("is Node faster?");
        assertThat(MentionText.question("is Node  faster <@!100000000000000001> ?", BOT)).isEqualTo("is Node faster ?");
    }

    @Test
    @DisplayName("other users' mentions stay: they may be part of the question")
    void keepsOtherMentions() {
        assertThat(MentionText.question("<@100000000000000001> ask <@5>", BOT)).isEqualTo("ask <@5>");
    }

    @Test
    @DisplayName("a bare mention or nothing gives an empty question")
    void bareMentionIsEmpty() {
        assertThat(MentionText.question("<@100000000000000001>", BOT)).isEmpty();
        assertThat(MentionText.question(null, BOT)).isEmpty();
    }
}
