package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.requests.CloseCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Token watch: which gateway closes and REST answers mean Discord rejected the bot's token")
final class TokenWatchTest {

    private final AtomicInteger told = new AtomicInteger();
    private final TokenWatch watch = new TokenWatch(told::incrementAndGet);

    @Test
    @DisplayName("a gateway close 4004 on any shard rejects the token; other closes do not")
    void gatewayCloses() {
        watch.gatewayClosed(1, 4, CloseCode.DISALLOWED_INTENTS);
        watch.gatewayClosed(1, 4, null);
        assertThat(watch.rejected()).isFalse();
        assertThat(watch.rejectedByGateway()).isFalse();

        watch.gatewayClosed(2, 4, CloseCode.AUTHENTICATION_FAILED);
        assertThat(watch.rejected()).isTrue();
        assertThat(watch.reason()).isEqualTo("the gateway closed shard 2/4 with 4004");
        assertThat(watch.rejectedByGateway()).isTrue();
        // a REST 401 after it does not change what showed it first
        watch.restAnswered("POST/channels/{channel_id}/messages", 401, 0);
        assertThat(watch.rejectedByGateway()).isTrue();
        assertThat(told).hasValue(1);
    }

    @Test
    @DisplayName("a REST 401 rejects the token, once however many follow; an expired interaction token (50027) and other errors do not")
    void restAnswers() {
        watch.restAnswered("PATCH/webhooks/{application_id}/{interaction_token}/messages/@original", 401, 50027);
        watch.restAnswered("POST/channels/{channel_id}/messages", 403, 50013);
        watch.restAnswered("POST/channels/{channel_id}/messages", 429, -1);
        assertThat(watch.rejected()).isFalse();

        watch.restAnswered("POST/interactions/{interaction_id}/{interaction_token}/callback", 401, 0);
        watch.restAnswered("POST/channels/{channel_id}/messages", 401, 0);
        assertThat(watch.rejected()).isTrue();
        assertThat(watch.reason()).contains("interactions/{interaction_id}").contains("401");
        assertThat(watch.rejectedByGateway()).isFalse();
        assertThat(told).hasValue(1);
    }
}
