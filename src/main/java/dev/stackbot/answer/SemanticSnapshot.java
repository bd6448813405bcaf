package dev.stackbot.answer;

import dev.stackbot.index.VectorIndex;
import dev.stackbot.question.AspectMeanings;
import dev.stackbot.semantic.Semantics;

/**
 * The meaning side of one snapshot: the process's model, the passages' window vectors, what each
 * aspect means and what each fact is about. Absent (null in the snapshot) when the engine answers lexically.
 */
public record SemanticSnapshot(Semantics semantics, VectorIndex vectors, AspectMeanings aspects, FactMeanings facts) {
}
