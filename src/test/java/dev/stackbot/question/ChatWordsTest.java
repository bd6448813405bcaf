package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.KnowledgeLoader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Chat spellings read as their words")
final class ChatWordsTest {

    private static final QuestionReader SHIPPED = new QuestionReader(new KnowledgeLoader().load(Fixtures.SHIPPED));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"msgs, messages", "vids, videos", "stats, statistics", "libs, libraries", "crunchin, crunching",
            "makin, making", "nite, night", "addin, adding", "microsvcs, microservices", "sloooow, slow", "sooo, so",
            "coool, cool", "gooood, good", "fasssst, fast", "reallly, really"})
    @DisplayName("abbreviations and a dropped final g")
    void respelt(String typed, String word) {
        assertThat(ChatWords.standard(typed, Vocabulary.english())).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({"robin", "cabin", "within", "admin", "messages", "node", "login", "plugin", "builtin", "signin", "zzz", "aaargh"})
    @DisplayName("an English word is never respelt, though it ends in 'in', nor a compound the vocabulary splits")
    void words(String typed) {
        assertThat(ChatWords.standard(typed, Vocabulary.english())).isNull();
    }

    @Test
    @DisplayName("a chat spelling signals what its word signals; a technology's name is never respelt")
    void signals() {
        assertThat(SHIPPED.read("tbh i gotta crunch a bunch of csvs n run stats on em, node or python?", List.of()).aspect().id())
                .isEqualTo("data-science");
        assertThat(SHIPPED.read("is node good for pushing live vids out to fans?", List.of()).aspect().id()).isEqualTo("streaming");
        assertThat(SHIPPED.read("py or node for a bot?", List.of()).subjects()).containsExactly("python", "nodejs");
        assertThat(SHIPPED.read("is py sloooow compared to node??", List.of()).aspect().id()).isEqualTo("performance");
    }
}
