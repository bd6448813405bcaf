package dev.stackbot.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body (RFC 7578) as JDA sends a message with files: a {@code payload_json} part with
 * the message, and one {@code files[n]} part per file. Parsed on bytes, since the files are binary.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {
    }

    /**
     * One part of the body.
     *
     * @param name        the form field name, e.g. "payload_json" or "files[0]"
     * @param filename    the file name, or null for a plain field
     * @param contentType the part's Content-Type, or null
     * @param data        the part's bytes
     */
    record Part(String name, String filename, String contentType, byte[] data) {
    }

    /** The boundary of a multipart/form-data Content-Type, or null when the type is something else. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("no multipart boundary in the body");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts; // the closing delimiter
            }
            start += CRLF.length;
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw new IllegalArgumentException("a multipart body without its closing boundary");
            }
            parts.add(part(Arrays.copyOfRange(body, start, next - CRLF.length)));
            at = next;
        }
    }

    private static Part part(byte[] raw) {
        int split = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
        if (split < 0) {
            throw new IllegalArgumentException("a multipart part without headers");
        }
        String headers = new String(raw, 0, split, StandardCharsets.UTF_8);
        String name = null;
        String filename = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                Matcher n = NAME.matcher(line);
                name = n.find() ? n.group(1) : null;
                Matcher f = FILENAME.matcher(line);
                filename = f.find() ? f.group(1) : null;
            } else if (lower.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        return new Part(name, filename, type, Arrays.copyOfRange(raw, split + 4, raw.length));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
