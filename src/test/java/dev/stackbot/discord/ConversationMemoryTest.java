package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Conversation memory: follow-ups inherit entities for 10 minutes, per user and channel")
final class ConversationMemoryTest {

    private final FakeTicker clock = new FakeTicker();
    private final ConversationMemory memory = new ConversationMemory(clock, 1000);

    @Test
    @DisplayName("a follow-up within 10 minutes in the same channel inherits the previous subjects")
    void followUpInheritsSubjects() {
        // given an answer about Node.js and Python
        memory.remember(7L, 99L, List.of("node", "python"));
        // when the same user asks again 9 minutes later in the same channel
        clock.advance(Duration.ofMinutes(9));
        // then the subjects are there
        assertThat(memory.previous(7L, 99L)).containsExactly("node", "python");
    }

    @Test
    @DisplayName("after 10 minutes the conversation is forgotten")
    void forgottenAfterTenMinutes() {
        memory.remember(7L, 99L, List.of("node"));
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(memory.previous(7L, 99L)).isEmpty();
    }

    @Test
    @DisplayName("another user, or the same user in another channel or thread, starts fresh")
    void scopedToUserAndChannel() {
        memory.remember(7L, 99L, List.of("node"));
        assertThat(memory.previous(8L, 99L)).isEmpty();
        assertThat(memory.previous(7L, 100L)).isEmpty();
    }

    @Test
    @DisplayName("an answer about nothing keeps the earlier subjects instead of erasing them")
    void emptySubjectsKeepPrevious() {
        memory.remember(7L, 99L, List.of("node"));
        memory.remember(7L, 99L, List.of());
        assertThat(memory.previous(7L, 99L)).containsExactly("node");
    }

    @Test
    @DisplayName("memory is bounded")
    void bounded() {
        ConversationMemory small = new ConversationMemory(clock, 10);
        for (long user = 0; user < 1000; user++) {
            small.remember(user, 1L, List.of("node"));
        }
        long remembered = java.util.stream.LongStream.range(0, 1000).filter(u -> !small.previous(u, 1L).isEmpty()).count();
        assertThat(remembered).isLessThan(1000);
    }
}
