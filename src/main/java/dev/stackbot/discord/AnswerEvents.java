package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.store.Surface;

/** What the bot tells whoever counts its work (the metrics, wired in app): each answer given and each vote. */
public interface AnswerEvents {

    /** Nobody counts. */
    AnswerEvents NONE = new AnswerEvents() {
        @Override
        public void answered(Answer answer, Surface surface, long latencyMicros) {
        }

        @Override
        public void voted(boolean up) {
        }
    };

    /** One answer, declined ones too ({@link Answer#covered()} false), before its reply is sent. */
    void answered(Answer answer, Surface surface, long latencyMicros);

    /** One 👍 ({@code up}) or 👎. */
    void voted(boolean up);
}
