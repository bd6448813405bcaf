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
 * controller; tests push gateway events and assert on the recorded REST calls. It knows shards: GET /gateway/bot
 * recommends a count and a max_concurrency ({@link Setup}), each connection is the shard its IDENTIFY names, and
 * a guild's events go to that guild's shard only ({@link FakeGuild#onShard} makes guilds for a chosen shard).
 */
public final class FakeDiscord implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);

    private final FakeGateway gateway;
    private final FakeRest rest;

    private FakeDiscord(FakeGateway gateway, FakeRest rest) {
        this.gateway = gateway;
        this.rest = rest;
    }

    /**
     * What the fake Discord is like: the tokens it accepts, what GET /gateway/bot says, and its guilds.
     *
     * @param restToken         the token accepted on REST
     * @param gatewayToken      the token accepted in IDENTIFY (another one is closed with 4004)
     * @param recommendedShards the shard count GET /gateway/bot recommends
     * @param maxConcurrency    session_start_limit.max_concurrency: how many shards may IDENTIFY at once
     * @param guilds            the guilds the bot is in, each sent to the shard that holds it
     */
    public record Setup(String restToken, String gatewayToken, int recommendedShards, int maxConcurrency,
                        List<FakeGuild> guilds) {

        public Setup {
            guilds = List.copyOf(guilds);
        }

        /** One shard, one guild ({@link FakeGuild#MAIN}): the world of every test before shards. */
        public static Setup of(String token) {
            return new Setup(token, token, 1, 1, List.of(FakeGuild.MAIN));
        }

        /** {@code shards} recommended, as many allowed to IDENTIFY at once (no 5 s waits between them). */
        public Setup shards(int shards) {
            return new Setup(restToken, gatewayToken, shards, shards, guilds);
        }

        public Setup maxConcurrency(int concurrency) {
            return new Setup(restToken, gatewayToken, recommendedShards, concurrency, guilds);
        }

        public Setup guilds(List<FakeGuild> list) {
            return new Setup(restToken, gatewayToken, recommendedShards, maxConcurrency, list);
        }

        public Setup gatewayToken(String token) {
            return new Setup(restToken, token, recommendedShards, maxConcurrency, guilds);
        }
    }

    /** Starts both servers; only {@code validToken} is accepted on REST and in IDENTIFY. */
    public static FakeDiscord start(String validToken) throws IOException, InterruptedException {
        return start(Setup.of(validToken));
    }

    /** Starts with different tokens for REST and the gateway, e.g. to have IDENTIFY refused (close 4004). */
    public static FakeDiscord start(String restToken, String gatewayToken) throws IOException, InterruptedException {
        return start(Setup.of(restToken).gatewayToken(gatewayToken));
    }

    public static FakeDiscord start(Setup setup) throws IOException, InterruptedException {
        FakeGateway gateway = new FakeGateway(setup.gatewayToken(), setup.guilds());
        gateway.startAndWait();
        try {
            return new FakeDiscord(gateway, new FakeRest(setup.restToken(), gateway.url(), setup.recommendedShards(),
                    setup.maxConcurrency(), setup.guilds()));
        } catch (IOException | RuntimeException e) {
            gateway.stop(1000);
            throw e;
        }
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

    /** Closes every gateway connection from the server side (with one shard: the one). */
    public void closeGateway(int code, String reason) {
        gateway.closeAll(code, reason);
    }

    /** Closes the connection of one shard. */
    public void closeShard(int shard, int code, String reason) {
        gateway.closeShard(shard, code, reason);
    }

    /** Every IDENTIFY so far, in the order they arrived. */
    public List<Identify> identifies() {
        return gateway.identifies().stream().map(i -> new Identify(i.shard(), i.total(), i.atNanos())).toList();
    }

    /**
     * The shards that have a live, identified gateway connection now, in order. A connection the client dropped
     * (its process killed) leaves this as soon as the fake sees the socket close, and events for its shard then
     * have nowhere to go ({@link #dispatch} throws) until a client identifies as that shard again.
     */
    public List<Integer> liveShards() {
        return gateway.liveShards();
    }

    /** The shard an interaction or message (by its id) was delivered to; null when it was not. */
    public Integer deliveredTo(long eventId) {
        return gateway.deliveredTo(Ids.s(eventId));
    }

    /**
     * One IDENTIFY.
     *
     * @param shard   the shard id it named
     * @param total   the shard total it named
     * @param atNanos when it arrived (System.nanoTime)
     */
    public record Identify(int shard, int total, long atNanos) {
    }

    public int gatewayConnections() {
        return gateway.connections();
    }

    public List<String> gatewayConnectQueries() {
        return gateway.connectQueries();
    }

    /** Frames the client sent with this op code, waiting until there are {@code count}. */
    public List<JsonNode> awaitClientOp(int op, int count) throws InterruptedException {
        return awaitClientOp(op, count, WAIT);
    }

    /** As {@link #awaitClientOp(int, int)}, waiting up to {@code timeout}. */
    public List<JsonNode> awaitClientOp(int op, int count, Duration timeout) throws InterruptedException {
        return gateway.await(f -> f.path("op").asInt(-1) == op, count, timeout);
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

    /** The next request matching is answered {@code status} with Discord's error body {code, message}. */
    public void failOnce(String method, String pathRegex, int status, int code, String message) {
        rest.failOnce(method, pathRegex, status, code, message);
    }

    /**
     * Discord resets the token (as it does for a leaked one): every REST call with it is answered 401 from now on.
     * The gateway sessions stay open, as they may for a while on Discord.
     */
    public void revokeTokenOnRest() {
        rest.revokeToken();
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
        return slash(FakeGuild.MAIN, name, userId, options);
    }

    /** Sends a slash command in {@code guild}'s #general, to the shard holding the guild; returns the interaction id. */
    public long slash(FakeGuild guild, String name, long userId, Map<String, Object> options) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.slashCommand(guild, id, commandId(name), name, userId, options));
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

    /**
     * Clicks a button on a message the bot sent in {@code guild} (the message is moved to its #general): the click
     * goes to the shard holding the guild, as Discord sends it. Returns the interaction id.
     */
    public long click(FakeGuild guild, long userId, String customId, JsonNode message) {
        long id = nextId();
        dispatch("INTERACTION_CREATE", Payloads.buttonClick(guild, id, userId, customId, message));
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
        return guildMessage(FakeGuild.MAIN, channelId, authorId, content, mentioned);
    }

    /** A message in a channel of {@code guild}; returns its id. */
    public long guildMessage(FakeGuild guild, long channelId, long authorId, String content, long... mentioned) {
        long id = nextId();
        dispatch("MESSAGE_CREATE", Payloads.userMessage(guild, id, channelId, authorId, content, mentioned));
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
