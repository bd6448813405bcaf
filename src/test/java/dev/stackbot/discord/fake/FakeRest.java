package dev.stackbot.discord.fake;

import static dev.stackbot.discord.fake.Ids.s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Discord's REST API v10 on the JDK HTTP server, on loopback: the routes JDA calls at login, for commands,
 * interaction callbacks and webhook edits, and channel messages. Every request is recorded with its JSON body,
 * and a multipart upload with its payload_json and its files.
 */
final class FakeRest implements AutoCloseable {

    static final String BASE = "/api/v10/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final String validToken;
    private final String gatewayUrl;
    private final int recommendedShards;
    private final int maxConcurrency;
    private final List<FakeGuild> guilds;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<String> rateLimitOnce = new ArrayList<>();
    /** Answers given once instead of the route's own, for the next request matching "METHOD pathRegex". */
    private final List<Map.Entry<String, Response>> failOnce = new ArrayList<>();
    /** Set when the token is revoked: from then on every request with it is answered 401, as Discord does. */
    private volatile boolean tokenRevoked;
    /** Messages created or edited, by id, so tests can click their buttons. */
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    /** Interaction token → the message that stands for its original response. */
    private final Map<String, ObjectNode> originals = new ConcurrentHashMap<>();
    private final Map<String, String> commandIds = new ConcurrentHashMap<>();
    /** Told of every request as it is recorded (the benchmark times first responses with it). */
    private volatile Consumer<RecordedRequest> observer = request -> { };

    FakeRest(String validToken, String gatewayUrl, int recommendedShards, int maxConcurrency, List<FakeGuild> guilds)
            throws IOException {
        this.validToken = validToken;
        this.gatewayUrl = gatewayUrl;
        this.recommendedShards = recommendedShards;
        this.maxConcurrency = maxConcurrency;
        this.guilds = List.copyOf(guilds);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    /** The next request matching method and path regex is answered 429 with Retry-After: 1. */
    synchronized void rateLimitOnce(String method, String pathRegex) {
        rateLimitOnce.add(method + " " + pathRegex);
    }

    /**
     * The next request matching method and path regex is answered {@code status} with Discord's JSON error body
     * ({@code code}, {@code message}) instead of what the route would answer.
     */
    synchronized void failOnce(String method, String pathRegex, int status, int code, String message) {
        failOnce.add(Map.entry(method + " " + pathRegex, Response.json(status, error(code, message))));
    }

    /** From now on the token is refused on every route, interaction callbacks and webhooks included: 401. */
    void revokeToken() {
        tokenRevoked = true;
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Waits until {@code count} requests match and returns them all; fails the test on timeout. */
    synchronized List<RecordedRequest> await(Predicate<RecordedRequest> match, int count, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RecordedRequest> found = requests.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + count + " matching REST request(s); got:\n"
                        + String.join("\n", requests.stream().map(RecordedRequest::toString).toList()));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    ObjectNode message(String id) {
        return messages.get(id);
    }

    ObjectNode original(String interactionToken) {
        return originals.get(interactionToken);
    }

    String commandId(String name) {
        return commandIds.getOrDefault(name, "900000000000000000");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            String path = rawPath.startsWith(BASE) ? rawPath.substring(BASE.length()) : rawPath;
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] raw = exchange.getRequestBody().readAllBytes();
            // JDA sends a message with files as multipart/form-data: the message is its payload_json part
            String boundary = Multipart.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
            List<RecordedRequest.UploadedFile> files = new ArrayList<>();
            JsonNode body;
            if (boundary != null) {
                body = MissingNode.getInstance();
                for (Multipart.Part part : Multipart.parse(raw, boundary)) {
                    if ("payload_json".equals(part.name())) {
                        body = parse(part.data());
                    } else if (part.filename() != null) {
                        files.add(new RecordedRequest.UploadedFile(part.name(), part.filename(), part.contentType(),
                                part.data()));
                    }
                }
            } else {
                body = raw.length == 0 ? MissingNode.getInstance() : parse(raw);
            }
            Response response = route(method, path, auth, body, files);
            record(new RecordedRequest(method, path, query, auth == null ? "" : auth, body, response.status, files));
            response.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (response.body == null) {
                exchange.sendResponseHeaders(response.status, -1);
                return;
            }
            byte[] bytes = response.body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (RuntimeException e) {
            e.printStackTrace(); // a bug in the fake must show in the test output, not only as a timeout
            throw e;
        }
    }

    /** {@code observer} is told of every request from now on, on the server thread that handled it. */
    void observe(Consumer<RecordedRequest> observer) {
        this.observer = observer;
    }

    /** Drops the requests recorded so far (a long benchmark run would otherwise keep every body). */
    synchronized void forgetRequests() {
        requests.clear();
    }

    private synchronized void record(RecordedRequest request) {
        observer.accept(request);
        requests.add(request);
        notifyAll();
    }

    private synchronized Response takeFailure(String method, String path) {
        for (int i = 0; i < failOnce.size(); i++) {
            String[] rule = failOnce.get(i).getKey().split(" ", 2);
            if (rule[0].equals(method) && path.matches(rule[1])) {
                return failOnce.remove(i).getValue();
            }
        }
        return null;
    }

    private synchronized boolean takeRateLimit(String method, String path) {
        for (int i = 0; i < rateLimitOnce.size(); i++) {
            String[] rule = rateLimitOnce.get(i).split(" ", 2);
            if (rule[0].equals(method) && path.matches(rule[1])) {
                rateLimitOnce.remove(i);
                return true;
            }
        }
        return false;
    }

    private Response route(String method, String path, String auth, JsonNode body,
                           List<RecordedRequest.UploadedFile> files) {
        boolean authorized = ("Bot " + validToken).equals(auth);
        boolean interactionRoute = path.startsWith("interactions/") || path.startsWith("webhooks/");
        // interaction routes need no bot token, but Discord refuses one it no longer accepts wherever it is sent
        if ((!authorized && !interactionRoute) || (tokenRevoked && ("Bot " + validToken).equals(auth))) {
            return Response.json(401, error(0, "401: Unauthorized"));
        }
        Response failure = takeFailure(method, path);
        if (failure != null) {
            return failure;
        }
        if (takeRateLimit(method, path)) {
            ObjectNode limited = Payloads.JSON.createObjectNode();
            limited.put("message", "You are being rate limited.").put("retry_after", 0.25).put("global", false);
            // "via" marks it as Discord's (not Cloudflare's) 429 for JDA's rate limiter
            return Response.json(429, limited).header("Retry-After", "1").header("X-RateLimit-Scope", "user")
                    .header("X-RateLimit-Bucket", "fake-bucket").header("X-RateLimit-Limit", "5")
                    .header("X-RateLimit-Remaining", "0").header("X-RateLimit-Reset-After", "1").header("via", "1.1 fake");
        }
        if (method.equals("GET") && path.equals("users/@me")) {
            return Response.json(200, Payloads.selfUser());
        }
        if (method.equals("GET") && (path.equals("gateway/bot") || path.equals("gateway"))) {
            ObjectNode gateway = Payloads.JSON.createObjectNode().put("url", gatewayUrl)
                    .put("shards", recommendedShards);
            gateway.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                    .put("reset_after", 0).put("max_concurrency", maxConcurrency);
            return Response.json(200, gateway);
        }
        if (method.equals("PUT") && path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
            return Response.json(200, registered(body, path));
        }
        if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
            String token = path.split("/")[2];
            int type = body.path("type").asInt();
            if (type == 4 || type == 5) {
                // the original response now exists: remember it so a later edit or click can refer to it
                ObjectNode message = withFiles(Payloads.botMessage(Ids.fresh(), Ids.CHANNEL, body.path("data"),
                        FakeGuild.MAIN), files);
                originals.put(token, message);
                messages.put(message.get("id").asText(), message);
            }
            return Response.empty(204);
        }
        if (method.equals("PATCH") && path.matches("webhooks/\\d+/[^/]+/messages/@original")) {
            String token = path.split("/")[2];
            ObjectNode previous = originals.get(token);
            long id = previous == null ? Ids.fresh() : previous.get("id").asLong();
            ObjectNode message = withFiles(Payloads.botMessage(id, Ids.CHANNEL, body, FakeGuild.MAIN), files);
            if (previous != null) {
                message.put("flags", previous.path("flags").asInt(0));
            }
            message.put("webhook_id", s(Ids.APPLICATION)).put("application_id", s(Ids.APPLICATION));
            originals.put(token, message);
            messages.put(message.get("id").asText(), message);
            return Response.json(200, message);
        }
        if (method.equals("POST") && path.matches("webhooks/\\d+/[^/]+")) {
            ObjectNode message = withFiles(Payloads.botMessage(Ids.fresh(), Ids.CHANNEL, body, FakeGuild.MAIN), files);
            message.put("webhook_id", s(Ids.APPLICATION)).put("application_id", s(Ids.APPLICATION));
            messages.put(message.get("id").asText(), message);
            return Response.json(200, message);
        }
        if (method.equals("POST") && path.matches("channels/\\d+/messages")) {
            long channel = Long.parseUnsignedLong(path.split("/")[1]);
            ObjectNode message = withFiles(Payloads.botMessage(Ids.fresh(), channel, body, guildOf(channel)), files);
            messages.put(message.get("id").asText(), message);
            return Response.json(200, message);
        }
        return Response.json(404, error(10000, "404: Not Found (fake Discord has no route " + method + " " + path + ")"));
    }

    /** The guild a channel belongs to; null for the DM channel. */
    private FakeGuild guildOf(long channel) {
        if (channel == Ids.DM_CHANNEL) {
            return null;
        }
        return guilds.stream().filter(g -> g.hasChannel(channel)).findFirst().orElse(FakeGuild.MAIN);
    }

    /** The uploaded files as the message's attachments, with the fields Discord returns for each. */
    private ObjectNode withFiles(ObjectNode message, List<RecordedRequest.UploadedFile> files) {
        ArrayNode attachments = message.putArray("attachments");
        for (RecordedRequest.UploadedFile file : files) {
            String id = Long.toString(Ids.fresh());
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/attachments/" + id + "/" + file.filename();
            attachments.addObject().put("id", id).put("filename", file.filename()).put("size", file.bytes().length)
                    .put("url", url).put("proxy_url", url)
                    .put("content_type", file.contentType() == null ? "application/octet-stream" : file.contentType());
        }
        return message;
    }

    private ArrayNode registered(JsonNode body, String path) {
        ArrayNode out = Payloads.JSON.createArrayNode();
        for (JsonNode command : body) {
            ObjectNode copy = command.deepCopy();
            String id = Long.toString(Ids.fresh());
            copy.put("id", id).put("application_id", s(Ids.APPLICATION)).put("version", id);
            if (path.contains("/guilds/")) {
                copy.put("guild_id", path.split("/")[3]);
            }
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            commandIds.put(copy.path("name").asText(), id);
            out.add(copy);
        }
        return out;
    }

    private static ObjectNode error(int code, String message) {
        return Payloads.JSON.createObjectNode().put("code", code).put("message", message);
    }

    private static JsonNode parse(byte[] raw) {
        try {
            return Payloads.JSON.readTree(raw);
        } catch (IOException e) {
            return Payloads.JSON.getNodeFactory().textNode(new String(raw, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static final class Response {
        final int status;
        final JsonNode body;
        final Map<String, String> headers = new java.util.LinkedHashMap<>();

        private Response(int status, JsonNode body) {
            this.status = status;
            this.body = body;
        }

        static Response json(int status, JsonNode body) {
            return new Response(status, body);
        }

        static Response empty(int status) {
            return new Response(status, null);
        }

        Response header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }
}
