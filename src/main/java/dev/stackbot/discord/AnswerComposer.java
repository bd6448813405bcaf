package dev.stackbot.discord;

import dev.stackbot.answer.Answer;
import dev.stackbot.render.DiscordEmbedRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * Turns a question into the reply Stackbot posts, whichever way it was asked (slash command, mention, DM):
 * conversation memory in, answer embed and buttons out.
 */
public final class AnswerComposer {

    private final BotEngine engine;
    private final ConversationMemory memory;
    private final AnswerStore store;
    private final DiscordEmbedRenderer renderer;

    public AnswerComposer(BotEngine engine, ConversationMemory memory, AnswerStore store, DiscordEmbedRenderer renderer) {
        this.engine = engine;
        this.memory = memory;
        this.store = store;
        this.renderer = renderer;
    }

    /** Answers one question from a user in a channel (or thread, or DM). */
    public Reply answer(String question, long userId, long channelId) {
        if (question == null || question.isBlank()) {
            return Reply.of(renderer.emptyQuestion(engine.overview()));
        }
        Answer answer = engine.ask(question, memory.previous(userId, channelId));
        memory.remember(userId, channelId, answer.subjects());
        if (!answer.covered()) {
            return Reply.of(renderer.answer(answer, List.of(), 0, engine.overview()));
        }
        AnswerPager pager = new AnswerPager(answer.citations());
        String key = store.put(answer);
        List<Button> buttons = new ArrayList<>();
        if (pager.hasAfter(1)) {
            buttons.add(Button.secondary(ButtonId.more(key, 2), "More sources"));
        }
        buttons.add(Button.secondary(ButtonId.feedback(true, key), Emoji.fromUnicode("👍")));
        buttons.add(Button.secondary(ButtonId.feedback(false, key), Emoji.fromUnicode("👎")));
        return new Reply(List.of(renderer.answer(answer, pager.page(1), pager.total(), null)),
                List.of(ActionRow.of(buttons)));
    }

    /** A further page of a stored answer's citations, or empty when the answer is no longer stored. */
    public Optional<Reply> page(String key, int page) {
        return store.get(key).map(answer -> {
            AnswerPager pager = new AnswerPager(answer.citations());
            List<ActionRow> rows = pager.hasAfter(page)
                    ? List.of(ActionRow.of(Button.secondary(ButtonId.more(key, page + 1), "More sources")))
                    : List.of();
            return new Reply(List.of(renderer.citationPage(answer, pager.page(page), pager.total())), rows);
        });
    }

    /** The stored answer a feedback button refers to. */
    public Optional<Answer> stored(String key) {
        return store.get(key);
    }
}
