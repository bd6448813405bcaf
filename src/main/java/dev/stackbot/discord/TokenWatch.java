package dev.stackbot.discord;

import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides that Discord stopped accepting the bot's token while it runs — Discord resets a leaked token on its
 * own — so that serve exits as at start-up (exit 3) instead of as a clean stop that nobody would look at.
 * Two signs count, on any shard: the gateway closing with 4004, and a REST call answered 401.
 *
 * <p>JDA 6.5 treats a 401 at run time like any other error status: Requester does not look at the code, the
 * RestAction's failure callback gets an ErrorResponseException (Discord's body {@code {"code": 0, "message":
 * "401: Unauthorized"}} even maps to ErrorResponse.SERVER_ERROR, whose code is 0), the session stays up, and
 * only GET /gateway/bot and the login check turn 401 into InvalidTokenException. So the HTTP status is the
 * signal, read from every response (JDA's HttpRequestEvent, see {@link ShardWatch}).
 */
final class TokenWatch {

    private static final Logger LOG = LoggerFactory.getLogger(TokenWatch.class);
    /** The line serve prints too: the user's next step, never the token. */
    static final String REJECTED = "Discord rejected the token: check DISCORD_TOKEN";

    /** What showed the token rejected, and whether it was the gateway (4004) rather than REST (401). */
    private record Rejection(String why, boolean byGateway) {}

    private final AtomicReference<Rejection> rejection = new AtomicReference<>();
    private final Runnable onRejected;

    /** @param onRejected run once, on the thread that noticed, when the token is found rejected */
    TokenWatch(Runnable onRejected) {
        this.onRejected = onRejected;
    }

    /** A shard's session ended; {@code code} is the gateway's close code, or null when JDA closed it itself. */
    void gatewayClosed(int shard, int total, CloseCode code) {
        if (code == CloseCode.AUTHENTICATION_FAILED) {
            reject(new Rejection("the gateway closed shard " + shard + "/" + total + " with 4004", true));
        }
    }

    /**
     * A REST call was answered.
     *
     * @param route     the call's route template (no ids, no interaction token: those are not for logs)
     * @param status    the HTTP status
     * @param errorCode Discord's JSON error code, or -1 when the body had none
     */
    void restAnswered(String route, int status, int errorCode) {
        // 401 with 50027 is an interaction or webhook token that expired (15 minutes after the interaction),
        // which says nothing of the bot's token
        if (status == 401 && errorCode != ErrorResponse.INVALID_WEBHOOK_TOKEN.getCode()) {
            reject(new Rejection("REST " + route + " was answered 401 Unauthorized", false));
        }
    }

    /** Whether Discord rejected the token since the bot started. */
    boolean rejected() {
        return rejection.get() != null;
    }

    /** Whether the first sign of a rejected token was the gateway's 4004 (false before any sign, or for REST). */
    boolean rejectedByGateway() {
        Rejection first = rejection.get();
        return first != null && first.byGateway();
    }

    /** What showed it, for the log; null while the token is good. */
    String reason() {
        Rejection first = rejection.get();
        return first == null ? null : first.why();
    }

    private void reject(Rejection first) {
        if (rejection.compareAndSet(null, first)) {
            LOG.error("{} ({})", REJECTED, first.why());
            onRejected.run();
        }
    }
}
