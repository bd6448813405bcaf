package dev.stackbot.question;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Entity;
import dev.stackbot.knowledge.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of the knowledge's technologies that its sources mention ("Node.js 21"), and the versions a
 * question names that they do not ("does the free-threaded build in Python 3.13 drop the GIL?"). What the sources
 * say about a technology in general is no answer about a release they never name.
 */
final class Versions {

    /**
     * What may be a version right after a name: an optional "v" and a number, dotted or not. It is one when dotted
     * ("3.13", "v20.11.1"), or of two digits or more with a "v" ("v20") or ending the phrase ("Node 22?", "node 20 or
     * 22"); a single digit is not ("V8" is Node's engine, "py or node 4 the backend" is "for"), nor a number that runs
     * on ("node 10,000 req/s", "python 3 times faster").
     */
    private static final Pattern AFTER_NAME = Pattern.compile("^[ \\t]?(v?)(\\d+(?:\\.\\d+)*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUNS_ON = Pattern.compile("^[.,]\\d");
    private static final Pattern PHRASE_END = Pattern.compile("^\\s*(?:$|[?!,;:)]|\\.(?!\\d)|\\s(?:or|vs|versus|and)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The versions the sources mention, by what they follow: a technology's own name counts for all of them
     * ("Node.js 21" is "node 21"), a tool's name for that tool alone ("Express 4" is no Node.js 4).
     */
    private final Map<String, Set<String>> known = new HashMap<>();

    Versions(List<Entity> entities, List<SourceDocument> documents) {
        for (Entity entity : entities) {
            for (String name : entity.names()) {
                String key = AliasKey.of(name);
                if (key.isEmpty()) {
                    continue;
                }
                Set<String> versions = known.computeIfAbsent(owner(entity.id(), key, NameMatcher.isOwnName(key, entity)),
                        k -> new HashSet<>());
                Pattern mention = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                for (SourceDocument document : documents) {
                    Matcher m = mention.matcher(document.body());
                    while (m.find()) {
                        String version = versionAt(document.body(), m.end());
                        if (version != null) {
                            versions.add(version);
                        }
                    }
                }
            }
        }
    }

    /** Whose versions a name's are: the technology's for its own names, the tool's for a tool's name. */
    private static String owner(String entity, String nameKey, boolean ownName) {
        return ownName ? "entity " + entity : "tool " + nameKey;
    }

    /** A version as written after a name: its number without the "v", and where it ends in the text. */
    private record Written(String version, int end) {
    }

    /** The version written at {@code from} in {@code text}, right after a name, without its "v"; null when there is none. */
    static String versionAt(String text, int from) {
        Written written = written(text, from);
        return written == null ? null : written.version();
    }

    /** The version written at {@code from}; null when there is none ({@link #AFTER_NAME}). */
    private static Written written(String text, int from) {
        Matcher m = AFTER_NAME.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String rest = text.substring(m.end());
        if (RUNS_ON.matcher(rest).find()) {
            return null;
        }
        boolean dotted = m.group(2).contains(".");
        boolean twoDigits = m.group(2).length() >= 2;
        boolean v = !m.group(1).isEmpty();
        return dotted || (twoDigits && (v || PHRASE_END.matcher(rest).find())) ? new Written(m.group(2), m.end()) : null;
    }

    /**
     * Each name, as typed with its version ("Python 3.13", "node v20"), that the sources never mention that version
     * of; a version is mentioned when the sources name it or a release it belongs to ("Node.js 21" covers 21.4).
     */
    List<String> unknown(String text, List<Token> tokens, List<NameMatcher.Match> matches) {
        List<String> unknown = new ArrayList<>();
        for (NameMatcher.Match match : matches) {
            if (match.entity() == null) {
                continue;
            }
            String name = QuestionReader.original(text, tokens, match);
            int start = tokens.get(match.start()).start();
            if (!QuestionReader.sentenceAsks(text, start, true)) {
                continue; // "We're on Python 3.11. What is the GIL?": the release is who asks, not what
            }
            Written written = written(text, start + name.length());
            if (written == null) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < match.length(); k++) {
                key.append(k == 0 ? "" : " ").append(tokens.get(match.start() + k).key());
            }
            Set<String> versions = known.getOrDefault(owner(match.entity(), key.toString(), match.primary()), Set.of());
            String asTyped = text.substring(start, written.end());
            if (!mentioned(versions, written.version()) && !unknown.contains(asTyped)) {
                unknown.add(asTyped);
            }
        }
        return unknown;
    }

    private static boolean mentioned(Set<String> known, String version) {
        return known.stream().anyMatch(k -> version.equals(k) || version.startsWith(k + "."));
    }
}
