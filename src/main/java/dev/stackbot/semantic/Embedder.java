package dev.stackbot.semantic;

import java.util.List;

/** Turns text into unit-length vectors whose dot product measures closeness of meaning. Thread-safe. */
public interface Embedder extends AutoCloseable {

    /** Identifies the vectors: the same id, the same vector for the same text. */
    String modelId();

    int dimensions();

    /** The vector of a question, as the model wants questions put. */
    float[] query(String text);

    /** The vectors of passages (or descriptions), in order. */
    List<float[]> passages(List<String> texts);

    @Override
    void close();
}
