package dev.stackbot.retrieval;

/** A passage found for a question: its ordinal in the snapshot and its BM25 score. */
public record Hit(int ordinal, float score) {
}
