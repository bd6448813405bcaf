package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Cooldown: at most 5 questions per user per 30 s, sliding")
final class CooldownTest {

    private final FakeTicker clock = new FakeTicker();
    private final Cooldown cooldown = new Cooldown(5, Duration.ofSeconds(30), clock);

    @Test
    @DisplayName("five questions in a window pass, the sixth is refused with the wait until the oldest expires")
    void sixthQuestionInWindowIsRefused() {
        // given five questions, one per second
        for (int i = 0; i < 5; i++) {
            assertThat(cooldown.tryAcquire(1L).allowed()).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }
        // when a sixth comes at t = 5 s
        Cooldown.Decision sixth = cooldown.tryAcquire(1L);
        // then it is refused until the first leaves the window at t = 30 s
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    @DisplayName("the window slides: once the oldest question is 30 s old, one more is allowed")
    void windowSlides() {
        // given a full window
        for (int i = 0; i < 5; i++) {
            cooldown.tryAcquire(1L);
        }
        assertThat(cooldown.tryAcquire(1L).allowed()).isFalse();
        // when 30 s pass
        clock.advance(Duration.ofSeconds(30));
        // then the user may ask again
        assertThat(cooldown.tryAcquire(1L).allowed()).isTrue();
    }

    @Test
    @DisplayName("users are limited separately")
    void usersAreIndependent() {
        // given user 1 used up the window
        for (int i = 0; i < 5; i++) {
            cooldown.tryAcquire(1L);
        }
        // when user 2 asks
        // then user 2 is allowed and user 1 is not
        assertThat(cooldown.tryAcquire(2L).allowed()).isTrue();
        assertThat(cooldown.tryAcquire(1L).allowed()).isFalse();
    }

    @Test
    @DisplayName("only the first refusal in a row is flagged, so channel replies say it once")
    void onlyFirstRefusalIsFlagged() {
        // given a full window
        for (int i = 0; i < 5; i++) {
            cooldown.tryAcquire(1L);
        }
        // when the user keeps asking
        Cooldown.Decision first = cooldown.tryAcquire(1L);
        Cooldown.Decision second = cooldown.tryAcquire(1L);
        // then only the first refusal says so; after an allowed question the flag resets
        assertThat(first.firstRefusal()).isTrue();
        assertThat(second.firstRefusal()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(cooldown.tryAcquire(1L).allowed()).isTrue();
        for (int i = 0; i < 4; i++) {
            cooldown.tryAcquire(1L);
        }
        assertThat(cooldown.tryAcquire(1L).firstRefusal()).isTrue();
    }

    @Test
    @DisplayName("a refused question does not count against the window")
    void refusalsDoNotExtendTheWait() {
        // given a full window and many refused attempts
        for (int i = 0; i < 5; i++) {
            cooldown.tryAcquire(1L);
        }
        for (int i = 0; i < 20; i++) {
            cooldown.tryAcquire(1L);
        }
        // when the window has passed
        clock.advance(Duration.ofSeconds(30));
        // then all five slots are free again
        for (int i = 0; i < 5; i++) {
            assertThat(cooldown.tryAcquire(1L).allowed()).isTrue();
        }
    }

    @Test
    @DisplayName("a limit below one or an empty window is rejected")
    void invalidSettingsRejected() {
        assertThatThrownBy(() -> new Cooldown(0, Duration.ofSeconds(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cooldown(1, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
