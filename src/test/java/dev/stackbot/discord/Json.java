package dev.stackbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small readers for the JSON bodies the bot sent. */
final class Json {

    private Json() {
    }

    /** The first embed of a message body (create, edit, or the data of an interaction callback). */
    static JsonNode embed(JsonNode body) {
        JsonNode message = body.has("data") ? body.get("data") : body;
        return message.path("embeds").path(0);
    }

    static List<String> fieldNames(JsonNode embed) {
        List<String> names = new ArrayList<>();
        embed.path("fields").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    static List<String> fieldValues(JsonNode embed) {
        List<String> values = new ArrayList<>();
        embed.path("fields").forEach(f -> values.add(f.path("value").asText()));
        return values;
    }

    /** The characters Discord counts against an embed's 6000 limit. */
    static int embedLength(JsonNode embed) {
        int length = embed.path("title").asText("").length() + embed.path("description").asText("").length()
                + embed.path("author").path("name").asText("").length() + embed.path("footer").path("text").asText("").length();
        for (JsonNode field : embed.path("fields")) {
            length += field.path("name").asText("").length() + field.path("value").asText("").length();
        }
        return length;
    }

    /** Every button custom id in a message body. */
    static List<String> buttonIds(JsonNode body) {
        JsonNode message = body.has("data") ? body.get("data") : body;
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
        return ids;
    }
}
