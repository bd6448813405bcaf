package dev.stackbot.knowledge;

/**
 * One problem in the knowledge directory.
 *
 * @param file    path relative to the knowledge directory, with forward slashes
 * @param line    1-based line, or 0 when the problem is the whole file
 * @param message what is wrong, in words a knowledge author understands
 */
public record KnowledgeError(String file, int line, String message) implements Comparable<KnowledgeError> {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(KnowledgeError other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
