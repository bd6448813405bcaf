package dev.stackbot.question;

import dev.stackbot.knowledge.Entity;
import dev.stackbot.knowledge.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
     * What reads as a version right after a name: a dotted number ("3.13", "20.11.1"), one with a "v" ("v20"), or
     * a bare number of two digits or more ending the phrase ("Node 22?", "node 20 or 22"). A bare small number is
     * not ("py or node 4 the backend" is "for"; "python 3 times faster").
     */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "^[ \\t]?(?:v(\\d+(?:\\.\\d+)*)|(\\d+(?:\\.\\d+)+)|(\\d{2,})(?=\\s*(?:$|[?!,;:)]|\\.(?!\\d)|\\s(?:or|vs|versus|and)\\b)))",
            Pattern.CASE_INSENSITIVE);

    /** Per entity id, the versions its sources mention after one of its names. */
    private final java.util.Map<String, Set<String>> known = new java.util.HashMap<>();

    Versions(List<Entity> entities, List<SourceDocument> documents) {
        for (Entity entity : entities) {
            Set<String> versions = new HashSet<>();
            for (String name : entity.names()) {
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
            known.put(entity.id(), versions);
        }
    }

    /** The version written at {@code from} in {@code text}, right after a name; null when there is none. */
    static String versionAt(String text, int from) {
        Matcher m = AFTER_NAME.matcher(text).region(from, text.length());
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /**
     * Each name with a version the sources never mention for its technology, as typed with its version
     * ("Python 3.13"); a version is mentioned when the sources name it or a release it belongs to ("Node.js 21"
     * covers 21.4).
     */
    List<String> unknown(String text, List<Token> tokens, List<NameMatcher.Match> matches) {
        List<String> unknown = new ArrayList<>();
        for (NameMatcher.Match match : matches) {
            if (match.entity() == null) {
                continue;
            }
            Token last = tokens.get(match.start() + match.length() - 1);
            int end = Math.min(text.length(), last.start() + last.original().length());
            String version = versionAt(text, end);
            if (version == null || mentioned(known.getOrDefault(match.entity(), Set.of()), version)) {
                continue;
            }
            Token first = tokens.get(match.start());
            String asTyped = text.substring(first.start(), end) + " " + version;
            if (!unknown.contains(asTyped)) {
                unknown.add(asTyped);
            }
        }
        return unknown;
    }

    private static boolean mentioned(Set<String> known, String version) {
        String v = version.toLowerCase(Locale.ROOT);
        return known.stream().anyMatch(k -> v.equals(k) || v.startsWith(k + "."));
    }
}
