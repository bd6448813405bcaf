package dev.stackbot.answer;

import dev.stackbot.knowledge.Evidence;
import dev.stackbot.knowledge.VerdictRule;
import dev.stackbot.semantic.Vectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each rule's evidence quote says, by meaning. A rule cites the passages that hold its quotes, and the quote is
 * why: a team that "knows JavaScript inside out" is answered by "if you've spent time with JavaScript on the client
 * side, adopting Node.js for the server can feel like a natural next step", though the passage around it opens on
 * beginners and Python. Ranking a rule's evidence by the higher of its quote and its passage's windows keeps the
 * sentence that says why from being diluted by the sentences around it.
 */
public final class QuoteMeanings {

    private final Map<String, float[]> byQuote;

    private QuoteMeanings(Map<String, float[]> byQuote) {
        this.byQuote = byQuote;
    }

    /** The texts to embed: every rule's evidence quotes, each once, in the rules' order. */
    static List<String> texts(List<VerdictRule> rules) {
        return rules.stream().flatMap(rule -> rule.evidence().stream()).map(Evidence::quote).distinct().toList();
    }

    /** The quotes of {@link #texts} with their vectors, in its order. */
    static QuoteMeanings of(List<String> texts, List<float[]> vectors) {
        if (texts.size() != vectors.size()) {
            throw new IllegalArgumentException(texts.size() + " quotes but " + vectors.size() + " vectors");
        }
        Map<String, float[]> byQuote = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byQuote.put(texts.get(i), vectors.get(i));
        }
        return new QuoteMeanings(byQuote);
    }

    /** How close a quote is to the question (cosine); NaN for a quote that was not embedded. */
    float closeness(String quote, float[] question) {
        float[] vector = byQuote.get(quote);
        return vector == null ? Float.NaN : Vectors.dot(question, vector);
    }
}
