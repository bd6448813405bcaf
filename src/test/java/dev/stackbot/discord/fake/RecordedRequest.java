package dev.stackbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One REST call the bot made to the fake Discord.
 *
 * @param method        HTTP method
 * @param path          path below the API base, e.g. "channels/300/messages"
 * @param query         raw query string or empty
 * @param authorization the Authorization header as sent
 * @param body          the JSON body (a MissingNode when there was none)
 * @param status        the status the fake answered with
 */
public record RecordedRequest(String method, String path, String query, String authorization, JsonNode body,
                              int status) {

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + " " + body;
    }
}
