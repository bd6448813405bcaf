package dev.stackbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on loopback: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME → RESUMED, and
 * dispatches pushed by the tests. Each connection is one shard's session, named by the {@code shard: [id, total]}
 * of its IDENTIFY (none means [0, 1]); READY and GUILD_CREATE carry only that shard's guilds, and a pushed event
 * goes to the shard of its {@code guild_id} ({@code (guild_id >> 22) % total}), or to shard 0 without one (DMs).
 * When the client asks for {@code compress=zlib-stream} (JDA's default), every payload goes out as binary
 * through one zlib stream per connection, each ending in a SYNC_FLUSH (00 00 ff ff) exactly as Discord does it.
 */
final class FakeGateway extends WebSocketServer {

    /** One IDENTIFY the client sent: the shard it asked for and when (System.nanoTime). */
    record Identify(int shard, int total, long atNanos) {
    }

    /** A gateway session: one shard's, kept across a RESUME on a new connection. */
    private static final class Session {
        final String id;
        final int shard;
        final int total;
        long sequence;

        Session(String id, int shard, int total) {
            this.id = id;
            this.shard = shard;
            this.total = total;
        }
    }

    /** One WebSocket connection: its compression stream and, once identified or resumed, its session. */
    private static final class Link {
        final WebSocket conn;
        final Deflater deflater;
        Session session;

        Link(WebSocket conn, Deflater deflater) {
            this.conn = conn;
            this.deflater = deflater;
        }
    }

    private final String validToken;
    private final List<FakeGuild> guilds;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> received = new ArrayList<>();
    private final List<String> connectQueries = new ArrayList<>();
    private final List<Identify> identifies = new ArrayList<>();
    /** Open connections, oldest first. */
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Session> sessions = new HashMap<>();
    /** The id in a pushed event's data (an interaction's, a message's) → the shard it was delivered to. */
    private final Map<String, Integer> deliveries = new HashMap<>();
    private int sessionCount;
    /**
     * Java-WebSocket 1.6.0 can lose a write: its selector thread, having found a connection's queue empty, sets
     * the key back to OP_READ just after another thread queued a frame and asked for OP_WRITE, and the frame then
     * waits for the next write on that connection (for a client, its next heartbeat 41 s later; for a close
     * frame, JDA's 10 s close timeout). Every few milliseconds this asks again for OP_WRITE where frames wait.
     */
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fake-gateway-flush");
        thread.setDaemon(true);
        return thread;
    });

    FakeGateway(String validToken, List<FakeGuild> guilds) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.validToken = validToken;
        this.guilds = List.copyOf(guilds);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
        flusher.scheduleWithFixedDelay(this::rearmWrites, 20, 20, TimeUnit.MILLISECONDS);
    }

    private void rearmWrites() {
        List<Link> open;
        synchronized (this) {
            open = List.copyOf(links);
        }
        for (Link link : open) {
            if (link.conn instanceof WebSocketImpl impl && impl.hasBufferedData()) {
                SelectionKey key = impl.getSelectionKey();
                try {
                    if (key != null && key.isValid()) {
                        key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
                        key.selector().wakeup();
                    }
                } catch (CancelledKeyException e) {
                    // closed meanwhile: nothing left to send
                }
            }
        }
    }

    @Override
    public void stop(int timeout) throws InterruptedException {
        flusher.shutdownNow();
        super.stop(timeout);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        String query = URI.create(handshake.getResourceDescriptor()).getRawQuery();
        Link link = new Link(conn, query != null && query.contains("compress=zlib-stream") ? new Deflater() : null);
        synchronized (this) {
            connectQueries.add(query == null ? "" : query);
            links.add(link);
        }
        conn.setAttachment(link);
        ObjectNode hello = Payloads.JSON.createObjectNode().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", 41_250);
        send(link, hello);
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (IOException e) {
            conn.close(4002, "DECODE_ERROR");
            return;
        }
        Link link = conn.getAttachment();
        switch (frame.path("op").asInt(-1)) {
            case 1 -> send(link, Payloads.JSON.createObjectNode().put("op", 11));
            case 2 -> identify(link, frame.path("d"));
            case 6 -> resume(link, frame.path("d"));
            default -> { } // presence updates and the like need no answer
        }
        // recorded once handled: a test that saw the IDENTIFY or RESUME may dispatch to that session at once
        synchronized (this) {
            received.add(frame);
            notifyAll();
        }
    }

    private void identify(Link link, JsonNode d) {
        if (!validToken.equals(d.path("token").asText())) {
            link.conn.close(4004, "Authentication failed.");
            return;
        }
        JsonNode shardField = d.path("shard");
        int shard = shardField.isArray() ? shardField.path(0).asInt() : 0;
        int total = shardField.isArray() ? shardField.path(1).asInt() : 1;
        if (total < 1 || shard < 0 || shard >= total) {
            link.conn.close(4010, "Invalid shard.");
            return;
        }
        Session session;
        synchronized (this) {
            session = new Session("fake-session-" + (++sessionCount), shard, total);
            sessions.put(session.id, session);
            link.session = session;
            identifies.add(new Identify(shard, total, System.nanoTime()));
            notifyAll();
        }
        List<FakeGuild> own = guilds.stream().filter(g -> g.shard(total) == shard).toList();
        dispatch(link, "READY", Payloads.ready(session.id, url(), own, shard, total));
        for (FakeGuild guild : own) {
            dispatch(link, "GUILD_CREATE", Payloads.guildCreate(guild));
        }
    }

    private void resume(Link link, JsonNode d) {
        Session session;
        synchronized (this) {
            session = validToken.equals(d.path("token").asText()) ? sessions.get(d.path("session_id").asText()) : null;
            if (session != null) {
                link.session = session;
            }
        }
        if (session == null) {
            send(link, Payloads.JSON.createObjectNode().put("op", 9).put("d", false));
            return;
        }
        dispatch(link, "RESUMED", Payloads.JSON.createObjectNode());
    }

    /**
     * Sends a dispatch (op 0) to the shard that Discord would send it to: the one holding its {@code guild_id},
     * shard 0 when it has none.
     *
     * @throws IllegalStateException when no live connection is identified as that shard
     */
    void dispatch(String type, JsonNode data) {
        long guildId = data.hasNonNull("guild_id") ? Long.parseUnsignedLong(data.get("guild_id").asText()) : -1;
        Link target = null;
        synchronized (this) {
            for (Link link : links) {
                Session session = link.session;
                if (session != null && link.conn.isOpen()
                        && session.shard == (guildId < 0 ? 0 : Ids.shardOf(guildId, session.total))) {
                    target = link; // the newest wins: a reconnect replaces an older connection
                }
            }
            if (target == null) {
                throw new IllegalStateException("no gateway connection for the shard of "
                        + (guildId < 0 ? "a DM (shard 0)" : "guild " + Long.toUnsignedString(guildId)));
            }
            if (data.hasNonNull("id")) {
                deliveries.put(data.get("id").asText(), target.session.shard);
            }
        }
        dispatch(target, type, data);
    }

    private void dispatch(Link link, String type, JsonNode data) {
        ObjectNode frame = Payloads.JSON.createObjectNode().put("op", 0).put("t", type);
        synchronized (this) {
            frame.put("s", ++link.session.sequence);
        }
        frame.set("d", data);
        send(link, frame);
    }

    /** Closes every live connection from the server side, as Discord does before asking for a resume. */
    void closeAll(int code, String reason) {
        List<Link> open;
        synchronized (this) {
            open = List.copyOf(links);
        }
        open.forEach(link -> link.conn.close(code, reason));
    }

    /** Closes the live connection of one shard. */
    void closeShard(int shard, int code, String reason) {
        List<Link> open;
        synchronized (this) {
            open = links.stream().filter(l -> l.session != null && l.session.shard == shard).toList();
        }
        if (open.isEmpty()) {
            throw new IllegalStateException("no gateway connection for shard " + shard);
        }
        open.forEach(link -> link.conn.close(code, reason));
    }

    synchronized int connections() {
        return connectQueries.size();
    }

    synchronized List<String> connectQueries() {
        return List.copyOf(connectQueries);
    }

    synchronized List<Identify> identifies() {
        return List.copyOf(identifies);
    }

    /** The shards of the open connections that have identified or resumed, each once, in order. */
    synchronized List<Integer> liveShards() {
        return links.stream().filter(l -> l.session != null && l.conn.isOpen()).map(l -> l.session.shard).distinct()
                .sorted().toList();
    }

    /** The shard an event was delivered to, by the id in its data; null when it was not. */
    synchronized Integer deliveredTo(String eventId) {
        return deliveries.get(eventId);
    }

    /** Waits until the client has sent {@code count} frames matching; returns them. */
    synchronized List<JsonNode> await(Predicate<JsonNode> match, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> found = received.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for gateway frames; got ops "
                        + received.stream().map(f -> f.path("op").asText()).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private void send(Link link, JsonNode frame) {
        byte[] json = frame.toString().getBytes(StandardCharsets.UTF_8);
        // one lock for compress-and-send: zlib-stream frames must leave in the order they were deflated
        synchronized (this) {
            if (!link.conn.isOpen()) {
                return;
            }
            if (link.deflater == null) {
                link.conn.send(new String(json, StandardCharsets.UTF_8));
                return;
            }
            link.deflater.setInput(json);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = link.deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            link.conn.send(out.toByteArray());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (this) {
            links.remove((Link) conn.getAttachment());
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client vanishing mid-frame is normal at shutdown; anything else shows in the test's log
        if (!(ex instanceof IOException)) {
            ex.printStackTrace();
        }
    }
}
