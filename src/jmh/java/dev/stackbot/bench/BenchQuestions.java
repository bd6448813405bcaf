package dev.stackbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The question stream of the shipped-knowledge benchmarks: the held-out eval questions plus refusals and follow-ups. */
public final class BenchQuestions {

    /** Questions a user also asks that are not in the eval set: off-topic, other technologies, noise. */
    private static final List<String> EXTRA = List.of(
            "is Go faster than Rust?",
            "what's the weather today",
            "node",
            "python vs node",
            "Which is better for a chat app with many users, Node or Django?",
            "does the GIL hurt python web servers under load?",
            "@everyone is express faster than flask???",
            "what is Node.js?");

    private BenchQuestions() {
    }

    /** Every question, in a fixed order, so that each run asks the same stream. */
    public static List<String> shipped() {
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval/heldout.jsonl"))) {
                if (!line.isBlank()) {
                    questions.add(json.readTree(line).get("q").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root (bin/bench does)", e);
        }
        questions.addAll(EXTRA);
        return List.copyOf(questions);
    }
}
