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
    @DisplayName("a long question keeps its start and its end, 128 tokens in all; a passage its first 256")
    void questionsCutToStartAndEnd() {
        String middle = "the server handles many connections ".repeat(30);
        String question = "we run a bakery. " + middle + middle + "node or python?";

        // only the middle differs, and a long question's middle is what it drops
        assertThat(embedder.query("we run a bakery. " + middle + "the shop sells bread and cakes " + middle + "node or python?"))
                .containsExactly(embedder.query(question));
        assertThat(embedder.query(question)).isNotEqualTo(embedder.query("we run a bakery. " + middle + "cost?"));
        assertThat(embedder.query(question)).isNotEqualTo(embedder.query("we sell bread. " + middle + "node or python?"));
        assertThat(embedder.passages(List.of(middle + "python is slow")).get(0))
                .isNotEqualTo(embedder.passages(List.of(middle)).get(0));
    }

    @Test
    @DisplayName("a text's tokens are cut to their first ones and their last ones, the opening and closing tokens kept")
    void cutKeepsHeadAndTail() {
        long[] ids = new long[200];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }

        long[] kept = OnnxEmbedder.cut(ids, OnnxEmbedder.MAX_QUERY_TOKENS, OnnxEmbedder.QUERY_HEAD);

        assertThat(kept).hasSize(128);
        assertThat(kept[0]).isZero();
        assertThat(kept[OnnxEmbedder.QUERY_HEAD - 1]).isEqualTo(OnnxEmbedder.QUERY_HEAD - 1);
        assertThat(kept[OnnxEmbedder.QUERY_HEAD]).isEqualTo(200 - (128 - OnnxEmbedder.QUERY_HEAD));
        assertThat(kept[127]).isEqualTo(199);
        assertThat(OnnxEmbedder.cut(ids, 256, 255)).isSameAs(ids);
        long[] passage = OnnxEmbedder.cut(ids, 150, 149);
        assertThat(passage[148]).isEqualTo(148);
        assertThat(passage[149]).isEqualTo(199);
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
