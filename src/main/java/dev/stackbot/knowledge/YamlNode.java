package dev.stackbot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers the line it starts on, so every error can name its line. */
sealed interface YamlNode {

    int line();

    /** A scalar; {@code text} is null for an explicit YAML null. */
    record Scalar(String text, int line) implements YamlNode {
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping with keys in file order. */
    record Mapping(Map<String, YamlNode> fields, Map<String, Integer> keyLines, int line) implements YamlNode {
        public Mapping {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            keyLines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        }

        YamlNode get(String key) {
            return fields.get(key);
        }
    }
}
