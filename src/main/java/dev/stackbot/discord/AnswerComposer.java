package dev.stackbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.render.DiscordEmbedRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
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
    /**
     * The answer embed of each answer recently given, by identity: the engine hands out the same Answer for a
     * question it has answered before, and its embed (immutable) is then not built again. Only the buttons, which
     * carry each reply's own key, are new for every reply. Weak keys: an answer the engine's cache let go of is
     * let go of here too.
     */
    private final Cache<Answer, Rendered> rendered = Caffeine.newBuilder().weakKeys().maximumSize(2_000)
            .executor(Runnable::run).build();

    /** An answer's first embed, and the overview it was rendered with (only an uncovered answer shows one). */
    private record Rendered(MessageEmbed embed, KnowledgeOverview overview) {
    }

    public AnswerComposer(BotEngine engine, ConversationMemory memory, AnswerStore store, DiscordEmbedRenderer renderer) {
        this.engine = engine;
        this.memory = memory;
        this.store = store;
        this.renderer = renderer;
    }

    /** Answers one question from a user in a channel (or thread, or DM); the store records it, declined or not. */
    public Reply answer(String question, Asking asking) {
        if (question == null || question.isBlank()) {
            return Reply.of(renderer.emptyQuestion(engine.overview()));
        }
        long userId = asking.userId();
        long channelId = asking.channelId();
        long started = System.nanoTime();
        Answer answer = engine.ask(question, memory.previous(userId, channelId));
        long latencyMicros = (System.nanoTime() - started) / 1_000;
        memory.remember(userId, channelId, answer.subjects());
        String key = store.put(answer, asking, latencyMicros);
        if (!answer.covered()) {
            KnowledgeOverview overview = engine.overview();
            Rendered known = rendered.getIfPresent(answer);
            if (known == null || known.overview() != overview) {
                known = new Rendered(renderer.answer(answer, List.of(), 0, overview), overview);
                rendered.put(answer, known);
            }
            return Reply.of(known.embed());
        }
        AnswerPager pager = new AnswerPager(answer.citations());
        List<Button> buttons = new ArrayList<>();
        if (pager.hasAfter(1)) {
            buttons.add(Button.secondary(ButtonId.more(key, 2), "More sources"));
        }
        buttons.add(Button.secondary(ButtonId.feedback(true, key), Emoji.fromUnicode("👍")));
        buttons.add(Button.secondary(ButtonId.feedback(false, key), Emoji.fromUnicode("👎")));
        MessageEmbed embed = rendered.get(answer,
                a -> new Rendered(renderer.answer(a, pager.page(1), pager.total(), null), null)).embed();
        return new Reply(List.of(embed), List.of(ActionRow.of(buttons)));
    }

    /**
     * A further page of an answer's citations, from memory or the store, or empty when the answer is gone.
     * May wait on the database: see {@link #recentPage} for the gateway thread.
     */
    public Optional<Reply> page(String key, int page) {
        return store.get(key).map(answer -> citationPage(key, answer, page));
    }

    /** The page when the answer is in memory; empty otherwise (then {@link #page} reads the store). */
    public Optional<Reply> recentPage(String key, int page) {
        return store.recent(key).map(answer -> citationPage(key, answer, page));
    }

    private Reply citationPage(String key, Answer answer, int page) {
        AnswerPager pager = new AnswerPager(answer.citations());
        List<ActionRow> rows = pager.hasAfter(page)
                ? List.of(ActionRow.of(Button.secondary(ButtonId.more(key, page + 1), "More sources")))
                : List.of();
        return new Reply(List.of(renderer.citationPage(answer, pager.page(page), pager.total())), rows);
    }

    /** The answer a feedback button refers to, if it is in memory (for the feedback log). */
    public Optional<Answer> recent(String key) {
        return store.recent(key);
    }

    /** Where answers and feedback go. */
    public AnswerStore store() {
        return store;
    }
}
