package dev.stackbot.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generates random and adversarial questions from a fixed seed, so a failing input is reproduced by
 * rerunning the test: pieces of Lucene syntax, hostile Unicode, control characters and Discord markup,
 * mixed into real questions.
 */
final class HostileQuestions {

    /** Real question fragments, so that hostile pieces also reach retrieval and verdicts, not only refusals. */
    static final List<String> REAL = List.of("is node faster than python", "python or node for APIs",
            "Django vs Express for a chat app", "what is Node.js", "is the GIL a problem", "which scales better");

    private static final List<List<String>> PIECES = List.of(
            List.of("title:node AND python~2", "node^10 OR (python", "\"unclosed phrase", "*:*", "fast* ?ython",
                    "[a TO z]", "{!lucene}", "/reg.*ex/", "+node -python", "&& || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                    "python\\", "node.js:", "AND OR NOT", "title:* AND ((("),
            List.of("\uD83D\uDE80\uD83D\uDD25", "\u05E2\u05D1\u05E8\u05D9\u05EA \u202Eevil\u202C", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
                    "e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355", "\uD800", "\uDC00x", "\uDBFF\uDFFF", "\uFEFF",
                    "\u200B\u200D", "\uFF2E\uFF4F\uFF44\uFF45", "n\u0308ode", "\u0130stanbul"),
            List.of("\u0000", "\u0007", "\u001B[31m", "\r\n", "\t\t", "\u0085", "\u2028\u2029", "\b\f"),
            List.of("@everyone", "@here", "<@&123456789012345678>", "<@!42>", "<#99>", "<:emoji:1234>",
                    "```code```", "**bold** __x__", "||spoiler||", "https://example.com/?q=node"),
            REAL);
    private static final List<String> GLUE = List.of(" ", "", "\n", "?");

    private HostileQuestions() {
    }

    /** {@code count} strings of 1 to 6 pieces, each piece from a random family. */
    static List<String> adversarial(long seed, int count) {
        return generate(seed, count, random -> {
            int pieces = 1 + random.nextInt(6);
            String glue = pick(random, GLUE);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pieces; i++) {
                out.append(i == 0 ? "" : glue).append(pick(random, pick(random, PIECES)));
            }
            return out.toString();
        });
    }

    /** {@code count} strings of up to {@code maxLength} code points from anywhere in Unicode, surrogates included. */
    static List<String> anyUnicode(long seed, int count, int maxLength) {
        return generate(seed, count, random -> {
            int length = random.nextInt(maxLength + 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                // half from the first planes where text lives, half from anywhere, lone surrogates included
                int cp = random.nextBoolean() ? random.nextInt(0x3000) : random.nextInt(Character.MAX_CODE_POINT + 1);
                out.appendCodePoint(cp);
            }
            return out.toString();
        });
    }

    /** Strings of about 10 KB: random Unicode, a real question repeated, or one hostile token repeated. */
    static List<String> tenKilobytes(long seed, int count) {
        List<String> tokens = List.of("(", "\"", "*", "node ", "\uD83D\uDE80", "@everyone ");
        return generate(seed, count, random -> switch (random.nextInt(3)) {
            case 0 -> anyUnicode(random.nextLong(), 1, 10_240).get(0) + "x".repeat(5_000);
            case 1 -> {
                String q = pick(random, REAL) + " ";
                yield q.repeat(10_240 / q.length());
            }
            default -> {
                String t = pick(random, tokens);
                yield t.repeat(10_240 / t.length());
            }
        });
    }

    private static List<String> generate(long seed, int count, Function<SplittableRandom, String> one) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one.apply(random));
        }
        return out;
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
