package dev.stackbot.knowledge;

import dev.stackbot.knowledge.KnowledgeLoader.Problems;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of one catalog item's fields, reporting a missing or mistyped field at its line. */
record Field(String file, YamlNode.Mapping item, Problems problems) {

    /**
     * The items of a non-empty list of mappings under {@code key}, each read by {@code read} (which reports
     * its own errors and returns null for a bad one); null when the list is missing, empty, or any item is bad.
     */
    <T> List<T> mappings(String key, String whenMissing, String whenNotMapping, java.util.function.Function<Field, T> read) {
        YamlNode node = item.get(key);
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            problems.add(file, node == null ? line() : node.line(), whenMissing);
            return null;
        }
        List<T> items = new ArrayList<>();
        boolean ok = true;
        for (YamlNode entry : sequence.items()) {
            if (!(entry instanceof YamlNode.Mapping mapping)) {
                problems.add(file, entry.line(), whenNotMapping);
                ok = false;
                continue;
            }
            T one = read.apply(new Field(file, mapping, problems));
            if (one == null) {
                ok = false;
            } else {
                items.add(one);
            }
        }
        return ok ? items : null;
    }

    /** Non-blank string, or null after reporting it missing. */
    String required(String key) {
        String value = optional(key);
        if (value == null || value.isBlank()) {
            problems.add(file, lineOf(key), (item.get(key) == null ? "missing field '" : "empty field '") + key + "'");
            return null;
        }
        return value;
    }

    /** The trimmed string, or null when absent; reports a list or mapping where a string belongs. */
    String optional(String key) {
        YamlNode node = item.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.text() == null ? null : scalar.text().trim();
        }
        problems.add(file, node.line(), "'" + key + "' must be a single value");
        return null;
    }

    /** A list of non-blank strings (a single string is taken as a list of one); empty when absent. */
    List<String> strings(String key) {
        YamlNode node = item.get(key);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            values.add(scalar.text().trim());
            return values;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(file, node.line(), "'" + key + "' must be a list of strings");
            return values;
        }
        for (YamlNode entry : sequence.items()) {
            if (entry instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
                values.add(scalar.text().trim());
            } else {
                problems.add(file, entry.line(), "'" + key + "' must hold non-empty strings");
            }
        }
        return values;
    }

    double number(String key, double fallback) {
        String text = optional(key);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(file, lineOf(key), "'" + key + "' must be a number above 0, not '" + text + "'");
        return fallback;
    }

    boolean flag(String key) {
        String text = optional(key);
        if (text == null) {
            return false;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(file, lineOf(key), "'" + key + "' must be true or false");
        }
        return text.equals("true");
    }

    void onlyKeys(List<String> allowed) {
        item.fields().keySet().stream().filter(key -> !allowed.contains(key)).forEach(key ->
                problems.add(file, lineOf(key), "unknown field '" + key + "'; expected " + allowed));
    }

    int lineOf(String key) {
        Integer line = item.keyLines().get(key);
        return line == null ? item.line() : line;
    }

    int line() {
        return item.line();
    }
}
