package dev.stackbot.discord;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The first response to one interaction, decided exactly once between two events that race: the answer being
 * ready, and the deadline (or a busy bot) asking for a deferral. Whichever moves the state first wins. If the
 * answer does, it is the first response, one REST call; if the deferral does, the interaction shows "thinking…"
 * and the answer, when it comes, edits that response. Discord refuses a second first response, so "both" must
 * never happen, and "neither" would leave the user with "The application did not respond".
 */
final class FirstResponse {

    /** Discord's three ways to respond to an interaction, as this bot uses them. */
    interface Responder {

        /** The answer as the first response (callback type 4); {@code privately} makes it ephemeral in any case. */
        void reply(Reply reply, boolean privately);

        /** The acknowledgement without an answer (callback type 5: "thinking…"). */
        void defer();

        /** The deferred response edited into the answer. */
        void edit(Reply reply);
    }

    /** Where the race stands. */
    enum State {
        /** Nothing sent yet. */
        WAITING,
        /** The answer was the first response. */
        ANSWERED,
        /** A deferral was the first response; the answer edits it. */
        DEFERRED
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private final Responder responder;

    FirstResponse(Responder responder) {
        this.responder = responder;
    }

    /**
     * The deadline has come, or the bot is busy: defers, unless the answer went out first.
     *
     * @return whether this call deferred
     */
    boolean defer() {
        if (!state.compareAndSet(State.WAITING, State.DEFERRED)) {
            return false;
        }
        responder.defer();
        return true;
    }

    /**
     * The answer is ready: the first response when nothing was sent yet, else the edit of the deferral (JDA holds
     * an edit until the deferral it edits has been acknowledged, so the order of the two calls does not matter).
     *
     * @param privately send it ephemeral if it is the first response (an apology); an edit keeps the deferral's
     *                  visibility
     */
    void answer(Reply reply, boolean privately) {
        if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
            responder.reply(reply, privately);
        } else {
            responder.edit(reply);
        }
    }

    State state() {
        return state.get();
    }
}
