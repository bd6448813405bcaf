package dev.stackbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into {@link YamlNode}s with line numbers. Jackson's tree model drops locations,
 * so this walks Jackson's streaming parser instead.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * Parses one YAML document.
     *
     * @param lineOffset added to every line (front matter starts below the first line of its file)
     * @throws YamlException with the line of the syntax error
     */
    static YamlNode read(String text, int lineOffset) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(null, 1 + lineOffset);
            }
            return readValue(parser, lineOffset);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(1, at.getLineNr()) + lineOffset;
            throw new YamlException(line, "invalid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlException(0, "cannot read YAML: " + e.getMessage());
        }
    }

    private static YamlNode readValue(JsonParser parser, int offset) throws IOException {
        int line = parser.currentTokenLocation().getLineNr() + offset;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> fields = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr() + offset;
                    parser.nextToken();
                    YamlNode value = readValue(parser, offset);
                    if (fields.containsKey(key)) {
                        throw new YamlException(keyLine, "duplicate key '" + key + "'");
                    }
                    fields.put(key, value);
                    keyLines.put(key, keyLine);
                }
                return new YamlNode.Mapping(fields, keyLines, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, offset));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line);
            }
            default -> {
                return new YamlNode.Scalar(parser.getText(), line);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A YAML syntax error at a line. */
    static final class YamlException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        YamlException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
