package dev.stackbot.answer;

import java.time.Duration;
import java.util.List;

/**
 * Outcome of re-reading the knowledge directory.
 *
 * @param swapped true when the new snapshot is now serving; false when errors kept the old one
 * @param errors  every problem found, each "file:line: what is wrong"; empty when swapped
 * @param before  sizes of the snapshot serving before the reload
 * @param after   sizes of the snapshot serving after it (equal to before when not swapped)
 * @param beforeVersion knowledge version before
 * @param afterVersion  knowledge version after
 * @param took    how long reading, validating and indexing took
 */
public record ReloadResult(boolean swapped, List<String> errors, KnowledgeStats before, KnowledgeStats after,
                           String beforeVersion, String afterVersion, Duration took) {

    public ReloadResult {
        errors = List.copyOf(errors);
    }
}
