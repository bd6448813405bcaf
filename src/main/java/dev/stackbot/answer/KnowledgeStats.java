package dev.stackbot.answer;

/** Sizes of one knowledge snapshot, shown by /reload and `sources`. */
public record KnowledgeStats(int documents, int passages, int rules) {
}
