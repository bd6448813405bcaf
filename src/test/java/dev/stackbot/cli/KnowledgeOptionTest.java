package dev.stackbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which knowledge directory: --knowledge, then STACKBOT_KNOWLEDGE, then ./knowledge")
final class KnowledgeOptionTest {

    @Test
    @DisplayName("the option wins over the setting")
    void optionFirst() {
        assertThat(KnowledgeOption.choose(Path.of("/from/option"), "/from/setting")).isEqualTo(Path.of("/from/option"));
    }

    @Test
    @DisplayName("without the option the setting is used, trimmed")
    void settingNext() {
        assertThat(KnowledgeOption.choose(null, " /from/setting ")).isEqualTo(Path.of("/from/setting"));
    }

    @Test
    @DisplayName("with neither (or a blank setting) it is ./knowledge")
    void defaultLast() {
        assertThat(KnowledgeOption.choose(null, null)).isEqualTo(Path.of("./knowledge"));
        assertThat(KnowledgeOption.choose(null, "  ")).isEqualTo(Path.of("./knowledge"));
    }
}
