package dev.stackbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One REST call the bot made to the fake Discord.
 *
 * @param method        HTTP method
 * @param path          path below the API base, e.g. "channels/300/messages"
 * @param query         raw query string or empty
 * @param authorization the Authorization header as sent
 * @param body          the JSON body (a MissingNode when there was none); of a multipart upload, its payload_json
 * @param status        the status the fake answered with
 * @param files         the files of a multipart upload, in order; empty for a JSON request
 */
public record RecordedRequest(String method, String path, String query, String authorization, JsonNode body,
                              int status, List<UploadedFile> files) {

    public RecordedRequest {
        files = List.copyOf(files);
    }

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + " " + body
                + (files.isEmpty() ? "" : " + files " + files.stream().map(UploadedFile::filename).toList());
    }

    /**
     * A file the bot uploaded.
     *
     * @param field       its form field, e.g. "files[0]"
     * @param filename    its name, e.g. "compare.png"
     * @param contentType the type JDA declared
     * @param bytes       its content
     */
    public record UploadedFile(String field, String filename, String contentType, byte[] bytes) {
    }
}
