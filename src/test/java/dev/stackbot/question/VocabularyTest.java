package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The English vocabulary: the shipped model's whole words, with their common endings")
final class VocabularyTest {

    private final Vocabulary english = Vocabulary.english();

    @Test
    @DisplayName("is read from the model artifact on the class path, not downloaded")
    void shipped() {
        assertThat(english.available()).isTrue();
    }

    @Test
    @DisplayName("knows words as written and with an ending; misspellings and chat words are not words")
    void words() {
        assertThat(english.isWord("production")).isTrue();
        assertThat(english.isWord("classifieds")).isTrue();
        assertThat(english.isWord("dashboards")).isTrue();
        assertThat(english.isWord("lern")).isFalse();
        assertThat(english.isWord("microsrvices")).isFalse();
        assertThat(english.isWord("maintanable")).isFalse();
        // "d" is an ending after an "e" only: "scraped" is scrape + d, "shud" no "shu" + d
        assertThat(english.isWord("scraped")).isTrue();
        assertThat(english.isWord("shud")).isFalse();
    }

    @Test
    @DisplayName("without the tokenizer file it has no words, and then no word is read as a misspelling")
    void missing() {
        Vocabulary none = Vocabulary.load("no-such-tokenizer.json");

        assertThat(none.available()).isFalse();
        assertThat(none.isWord("production")).isFalse();
    }
}
