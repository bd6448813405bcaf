package dev.stackbot.knowledge;

import dev.stackbot.knowledge.KnowledgeFiles.TextFile;
import java.util.List;
import java.util.Optional;

/** Splits a source file into its YAML front matter and its verbatim body. */
final class SourceParser {

    private static final String FENCE = "---";
    /** The front matter's fields; {@code origin} notes where the text was taken from and is not read further. */
    static final List<String> FIELDS = List.of("id", "title", "publisher", "published", "kind", "origin");

    private SourceParser() {
    }

    static Optional<SourceDocument> parse(TextFile file, List<KnowledgeError> errors) {
        String text = file.text();
        String name = file.relative();
        if (!text.startsWith(FENCE + "\n")) {
            errors.add(new KnowledgeError(name, 1, "a source starts with a '---' line, then its front matter (id, title, publisher, kind), then '---'"));
            return Optional.empty();
        }
        int close = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        boolean closesAtEnd = close < 0 && text.endsWith("\n" + FENCE);
        if (close < 0 && !closesAtEnd) {
            errors.add(new KnowledgeError(name, 1, "the front matter has no closing '---' line"));
            return Optional.empty();
        }
        int matterEnd = close < 0 ? text.length() - FENCE.length() - 1 : close;
        String matter = text.substring(FENCE.length() + 1, matterEnd + 1);
        int bodyStart = close < 0 ? text.length() : close + FENCE.length() + 2;
        String body = text.substring(bodyStart);
        int bodyFirstLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;

        YamlNode root;
        try {
            root = YamlReader.read(matter, 1);
        } catch (YamlReader.YamlException e) {
            errors.add(new KnowledgeError(name, e.line(), e.getMessage()));
            return Optional.empty();
        }
        if (!(root instanceof YamlNode.Mapping fields)) {
            errors.add(new KnowledgeError(name, 2, "the front matter must be a mapping of id, title, publisher, kind"));
            return Optional.empty();
        }
        // a misspelt field (say 'publsihed') would otherwise be dropped without a word
        fields.fields().keySet().stream().filter(key -> !FIELDS.contains(key)).forEach(key -> errors.add(
                new KnowledgeError(name, fields.keyLines().getOrDefault(key, fields.line()),
                        "unknown field '" + key + "' in the front matter; expected " + FIELDS)));
        String id = required(fields, "id", name, errors);
        String title = required(fields, "title", name, errors);
        String publisher = required(fields, "publisher", name, errors);
        String kind = required(fields, "kind", name, errors);
        String published = optional(fields, "published");
        if (body.isBlank()) {
            errors.add(new KnowledgeError(name, bodyFirstLine, "the source has front matter but no text"));
            return Optional.empty();
        }
        // an unknown field is reported above and refuses the knowledge; the source is still returned,
        // so that the rules citing it do not each report it missing
        if (id == null || title == null || publisher == null || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new SourceDocument(id, title, publisher, published, kind, name, body, bodyFirstLine));
    }

    private static String required(YamlNode.Mapping fields, String key, String file, List<KnowledgeError> errors) {
        String value = optional(fields, key);
        if (value.isBlank()) {
            errors.add(new KnowledgeError(file, fields.line(), "the front matter is missing '" + key + "'"));
            return null;
        }
        return value;
    }

    private static String optional(YamlNode.Mapping fields, String key) {
        YamlNode node = fields.get(key);
        return node instanceof YamlNode.Scalar scalar && scalar.text() != null ? scalar.text().trim() : "";
    }
}
