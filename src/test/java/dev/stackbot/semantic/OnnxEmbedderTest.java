package dev.stackbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shipped embedding model runs in process and measures meaning")
final class OnnxEmbedderTest {

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = OnnxEmbedder.load(EmbeddingModel.BGE_SMALL);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    @DisplayName("vectors are unit length, of the model's dimensions, and the same for the same text")
    void unitAndDeterministic() {
        float[] a = embedder.query("which one handles many websocket connections?");
        float[] b = embedder.query("which one handles many websocket connections?");

        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(a).hasSize(384).containsExactly(b);
        assertThat(Vectors.dot(a, a)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    @DisplayName("a question is closer to the passage that answers it than to an unrelated one, with no word in common")
    void meaningNotWords() {
        float[] question = embedder.query("riders watch the courier's dot move on a map as it happens");
        List<float[]> passages = embedder.passages(List.of(
                "Real-time applications such as live tracking and chat push updates to users instantly.",
                "Python's syntax is clean and readable, which makes it popular in education."));

        assertThat(Vectors.dot(question, passages.get(0))).isGreaterThan(Vectors.dot(question, passages.get(1)));
    }

    @Test
    @DisplayName("hostile text (empty, control characters, emoji, 10,000 characters) gets a vector, not an exception")
    void hostileText() {
        for (String text : List.of("", "\u0000\u0007\u001b[31m", "\uD83D\uDE00\uD83D\uDE80", "node ".repeat(2000))) {
            assertThat(embedder.query(text)).hasSize(384);
        }
    }

    @Test
    @DisplayName("a question is read from its first 128 tokens, a passage from its first 256")
    void questionsCutShorterThanPassages() {
        String long150 = "the server handles many connections ".repeat(30);
        String longer = long150 + "but python is slow for this";

        assertThat(embedder.query(longer)).containsExactly(embedder.query(long150));
        assertThat(embedder.passages(List.of(longer)).get(0)).isNotEqualTo(embedder.passages(List.of(long150)).get(0));
        assertThat(embedder.query("the server handles many connections"))
                .isNotEqualTo(embedder.query("the server handles many connections but python is slow for this"));
    }

    @Test
    @DisplayName("each shipped model loads from the class path")
    void everyShippedModelLoads() {
        for (EmbeddingModel model : EmbeddingModel.values()) {
            try (OnnxEmbedder other = OnnxEmbedder.load(model)) {
                assertThat(other.modelId()).isEqualTo(model.id());
                assertThat(other.query("hello")).hasSize(other.dimensions());
            }
        }
    }
}
