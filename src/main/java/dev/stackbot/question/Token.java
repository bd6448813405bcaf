package dev.stackbot.question;

/**
 * One word of a question.
 *
 * @param key      folded form used for matching ("node", "c#")
 * @param original the word as typed, without punctuation around it
 * @param start    char offset in the cleaned question
 */
public record Token(String key, String original, int start) {
}
