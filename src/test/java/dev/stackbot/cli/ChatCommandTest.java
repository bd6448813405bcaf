package dev.stackbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.app.MainRunner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("chat: a conversation where follow-ups keep the technologies")
final class ChatCommandTest {

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    @DisplayName("a follow-up inherits the previous entities; blank lines are skipped; quit ends with 0")
    void followUp() {
        String typed = "is golang easy to learn?\n\nand for concurrency?\nquit\n";
        System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));

        MainRunner.Result result = MainRunner.run("chat", "--knowledge", Fixtures.FIXTURE.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Stackbot: ask about Go and Rust.")
                .contains("Go — for new developers")
                .contains("Contested — simple goroutines or compile-time safety")
                .contains("(Still about Go and Rust.)");
    }

    @Test
    @DisplayName("end of input ends the chat quietly")
    void endOfInput() {
        System.setIn(new ByteArrayInputStream(new byte[0]));

        MainRunner.Result result = MainRunner.run("chat", "--knowledge", Fixtures.FIXTURE.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
    }
}
