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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on loopback: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME → RESUMED, and
 * dispatches pushed by the tests. When the client asks for {@code compress=zlib-stream} (JDA's default),
 * every payload goes out as binary through one zlib stream per connection, each ending in a SYNC_FLUSH
 * (00 00 ff ff) exactly as Discord does it.
 */
final class FakeGateway extends WebSocketServer {

    private final String validToken;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> received = new ArrayList<>();
    private final List<String> connectQueries = new ArrayList<>();
    private volatile WebSocket current;
    private volatile Deflater deflater;
    private long sequence;
    private String sessionId;
    private int sessions;

    FakeGateway(String validToken) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.validToken = validToken;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
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
        synchronized (this) {
            connectQueries.add(query == null ? "" : query);
            current = conn;
            deflater = query != null && query.contains("compress=zlib-stream") ? new Deflater() : null;
        }
        ObjectNode hello = Payloads.JSON.createObjectNode().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", 41_250);
        send(conn, hello);
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
        synchronized (this) {
            received.add(frame);
            notifyAll();
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> send(conn, Payloads.JSON.createObjectNode().put("op", 11));
            case 2 -> identify(conn, frame.path("d"));
            case 6 -> resume(conn, frame.path("d"));
            default -> { } // presence updates and the like need no answer
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!validToken.equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        String session;
        synchronized (this) {
            session = sessionId = "fake-session-" + (++sessions);
            sequence = 0;
        }
        dispatch("READY", Payloads.ready(session, url()));
        dispatch("GUILD_CREATE", Payloads.guildCreate());
    }

    private void resume(WebSocket conn, JsonNode d) {
        boolean known;
        synchronized (this) {
            known = d.path("session_id").asText().equals(sessionId) && validToken.equals(d.path("token").asText());
        }
        if (!known) {
            send(conn, Payloads.JSON.createObjectNode().put("op", 9).put("d", false));
            return;
        }
        dispatch("RESUMED", Payloads.JSON.createObjectNode());
    }

    /** Sends a dispatch (op 0) with the next sequence number to the connected client. */
    void dispatch(String type, JsonNode data) {
        ObjectNode frame = Payloads.JSON.createObjectNode().put("op", 0).put("t", type);
        synchronized (this) {
            frame.put("s", ++sequence);
        }
        frame.set("d", data);
        WebSocket conn = current;
        if (conn == null) {
            throw new IllegalStateException("no gateway connection");
        }
        send(conn, frame);
    }

    /** Closes the live connection from the server side, as Discord does before asking for a resume. */
    void closeCurrent(int code, String reason) {
        WebSocket conn = current;
        if (conn != null) {
            conn.close(code, reason);
        }
    }

    synchronized int connections() {
        return connectQueries.size();
    }

    synchronized List<String> connectQueries() {
        return List.copyOf(connectQueries);
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

    private void send(WebSocket conn, JsonNode frame) {
        byte[] json = frame.toString().getBytes(StandardCharsets.UTF_8);
        // one lock for compress-and-send: zlib-stream frames must leave in the order they were deflated
        synchronized (this) {
            if (!conn.isOpen()) {
                return;
            }
            Deflater zlib = conn == current ? deflater : null;
            if (zlib == null) {
                conn.send(new String(json, StandardCharsets.UTF_8));
                return;
            }
            zlib.setInput(json);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = zlib.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            conn.send(out.toByteArray());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (this) {
            if (conn == current) {
                current = null;
            }
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
