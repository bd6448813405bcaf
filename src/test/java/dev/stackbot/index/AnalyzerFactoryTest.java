package dev.stackbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.Entity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The one analyzer: every spelling of an entity meets at its id")
final class AnalyzerFactoryTest {

    private static final List<Entity> ENTITIES = List.of(
            new Entity("nodejs", "Node.js", List.of("Node", "NodeJS", "node js", "Express")),
            new Entity("python", "Python", List.of("Django")));

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Node.js", "nodejs", "NodeJS", "node", "Node JS", "Express", "Node.Js"})
    @DisplayName("at index and at query time")
    void aliasesMeet(String spelling) throws IOException {
        assertThat(terms(AnalyzerFactory.forIndexing(ENTITIES), spelling + " servers")).contains("nodejs", "server");
        assertThat(terms(AnalyzerFactory.forSearching(ENTITIES), spelling + " servers")).contains("nodejs", "server");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Python’s GIL", "python's GIL", "Django GIL"})
    @DisplayName("possessives and framework names reach the entity too, and the id is not stemmed")
    void possessivesAndFrameworks(String text) throws IOException {
        assertThat(terms(AnalyzerFactory.forSearching(ENTITIES), text)).contains("python", "gil");
    }
}
