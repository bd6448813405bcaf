package dev.stackbot.discord;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Notices that Discord stopped accepting the bot's token while it runs — Discord resets a leaked token on
 * its own, and the gateway then closes with 4004 — so that serve exits as at start-up (exit 3) instead of
 * as a clean stop that nobody would look at.
 */
final class TokenWatch extends ListenerAdapter {

    /** JDA marks itself shut down a moment before its ShutdownEvent reaches listeners. */
    private static final long EVENT_WAIT_SECONDS = 5;

    private final AtomicBoolean rejected = new AtomicBoolean();
    private final CountDownLatch shutDown = new CountDownLatch(1);

    @Override
    public void onShutdown(ShutdownEvent event) {
        if (event.getCloseCode() == CloseCode.AUTHENTICATION_FAILED) {
            rejected.set(true);
        }
        shutDown.countDown();
    }

    /** After the session has shut down: whether Discord rejected the token (waits briefly for JDA's event). */
    boolean rejected() throws InterruptedException {
        shutDown.await(EVENT_WAIT_SECONDS, TimeUnit.SECONDS);
        return rejected.get();
    }
}
