package dev.stackbot.answer;

import dev.stackbot.index.VectorIndex;
import dev.stackbot.question.AspectMeanings;
import dev.stackbot.semantic.Semantics;

/**
 * The meaning side of one snapshot: the process's model, the passages' window vectors, what each
 * aspect means, what each fact is about, the cases a {@code depends} rule's sided quotes state and
 * what each rule's quotes say. Absent (null in the snapshot) when the engine answers lexically.
 *
 * @param centroid the normalized mean of every passage window: what the knowledge is about as a whole
 */
public record SemanticSnapshot(Semantics semantics, VectorIndex vectors, AspectMeanings aspects, FactMeanings facts,
                               RuleConditions conditions, QuoteMeanings quotes, float[] centroid) {
}
