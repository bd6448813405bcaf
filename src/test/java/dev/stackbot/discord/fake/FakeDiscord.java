package dev.stackbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An in-process Discord for end-to-end tests: REST (JDK HTTP server) and gateway (Java-WebSocket), both on
 * loopback ports picked by the OS. The real JDA connects to it through its REST base URL and session
 * controller; tests push gateway events and assert on the recorded REST calls.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);

    private final FakeGateway gateway;
    private final FakeRest rest;

    private FakeDiscord(FakeGateway gateway, FakeRest rest) {
        this.gateway = gateway;
        this.rest = rest;
    }

    /** Starts both servers; only {@code validToken} is accepted on REST and in IDENTIFY. */
    public static FakeDiscord start(String validToken) throws IOException, InterruptedException {
        return start(validToken, validToken);
    }

    /** Starts with different tokens for REST and the gateway, e.g. to have IDENTIFY refused (close 4004). */
    public static FakeDiscord start(String restToken, String gatewayToken) throws IOException, InterruptedException {
        FakeGateway gateway = new FakeGateway(gatewayToken);
        gateway.startAndWait();
        return new FakeDiscord(gateway, new FakeRest(restToken, gateway.url()));
    }

    public String restUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public long nextId() {
        return Ids.fresh();
    }

    // ---- gateway side

    public void dispatch(String type, JsonNode data) {
        gateway.dispatch(type, data);
    }

    public void closeGateway(int code, String reason) {
        gateway.closeCurrent(code, reason);
    }

    public int gatewayConnections() {
        return gateway.connections();
    }

    public List<String> gatewayConnectQueries() {
        return gateway.connectQueries();
    }

    /** Frames the client sent with this op code, waiting until there are {@code count}. */
    public List<JsonNode> awaitClientOp(int op, int count) throws InterruptedException {
        return gateway.await(f -> f.path("op").asInt(-1) == op, count, WAIT);
    }

    // ---- REST side

    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> match, int count) throws InterruptedException {
        return rest.await(match, count, WAIT);
    }

    public RecordedRequest awaitRequest(Predicate<RecordedRequest> match) throws InterruptedException {
        List<RecordedRequest> found = rest.await(match, 1, WAIT);
        return found.get(found.size() - 1);
    }

    /** {@code observer} is told of every REST request as it is recorded, on the server thread that handled it. */
    public void observeRequests(Consumer<RecordedRequest> observer) {
        rest.observe(observer);
    }

    /** Drops the requests recorded so far; later ones are recorded as before. */
    public void forgetRequests() {
        rest.forgetRequests();
    }

    public void rateLimitOnce(String method, String pathRegex) {
        rest.rateLimitOnce(method, pathRegex);
    }

    public ObjectNode message(String id) {
        return rest.message(id);
    }

    /** The message standing for an interaction's original response, after the callback or the last edit. */
    public ObjectNode original(long interactionId) {
        return rest.original("itoken-" + interactionId);
    }

    public String commandId(String name) {
        return rest.commandId(name);
    }

    // ---- driving interactions and messages

    /** Sends a slash command and returns the interaction id. */
    public long slash(String name, long userId, Map<String, Object> options) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, commandId(name), name, userId, options));
        return id;
    }

    /** Sends a slash command from the user's DM with the bot and returns the interaction id. */
    public long directSlash(String name, long userId, Map<String, Object> options) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.directSlashCommand(id, commandId(name), name, userId, options));
        return id;
    }

    public long autocomplete(String name, long userId, Map<String, Object> options, String focused, String typed) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.autocomplete(id, commandId(name), name, userId, options, focused, typed));
        return id;
    }

    public long click(long userId, String customId, JsonNode message) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.buttonClick(id, userId, customId, message));
        return id;
    }

    public long select(long userId, String customId, List<String> values, JsonNode message) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.selectMenu(id, userId, customId, values, message));
        return id;
    }

    public long submitModal(long userId, String customId, Map<String, String> inputs) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.modalSubmit(id, userId, customId, inputs));
        return id;
    }

    /** A guild message in {@code channelId}; returns its id. */
    public long guildMessage(long channelId, long authorId, String content, long... mentioned) {
        long id = nextId();
        dispatch("MESSAGE_CREATE", Payloads.userMessage(id, channelId, authorId, content, true, mentioned));
        return id;
    }

    public long directMessage(long authorId, String content) {
        long id = nextId();
        dispatch("MESSAGE_CREATE", Payloads.userMessage(id, Ids.DM_CHANNEL, authorId, content, false));
        return id;
    }

    /** Predicate: the interaction callback of this interaction. */
    public static Predicate<RecordedRequest> callbackOf(long interactionId) {
        return r -> r.is("POST", "interactions/" + interactionId + "/itoken-" + interactionId + "/callback");
    }

    /** Predicate: an edit of this interaction's original response. */
    public static Predicate<RecordedRequest> editOf(long interactionId) {
        return r -> r.is("PATCH", "webhooks/\\d+/itoken-" + interactionId + "/messages/@original");
    }

    /**
     * Predicate: the request that carries an interaction's answer, whichever way it came: the callback of type 4
     * (the answer as the first response) or the edit of a deferred response.
     */
    public static Predicate<RecordedRequest> answerOf(long interactionId) {
        return r -> (callbackOf(interactionId).test(r) && r.body().path("type").asInt() == 4) || editOf(interactionId).test(r);
    }

    /** Predicate: a message posted in a channel. */
    public static Predicate<RecordedRequest> postIn(long channelId) {
        return r -> r.is("POST", "channels/" + Ids.s(channelId) + "/messages") && r.status() == 200;
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
