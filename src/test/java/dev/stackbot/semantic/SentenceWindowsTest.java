package dev.stackbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sentence windows: the runs of two sentences a passage is embedded as")
final class SentenceWindowsTest {

    @Test
    @DisplayName("a passage of one or two sentences is one window, itself")
    void shortPassage() {
        assertThat(SentenceWindows.of("Node.js is fast. It uses V8.")).containsExactly("Node.js is fast. It uses V8.");
    }

    @Test
    @DisplayName("three sentences give two overlapping windows, verbatim sentences joined by a space")
    void overlapping() {
        assertThat(SentenceWindows.of("One is here. Two is here. Three is here."))
                .containsExactly("One is here. Two is here.", "Two is here. Three is here.");
    }
}
