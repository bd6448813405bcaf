package dev.stackbot.discord;

import dev.stackbot.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.answer.Answer;
import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.store.Surface;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Answer composer: question in, embed and buttons out, on the real engine")
final class AnswerComposerTest {

    private static final String QUESTION = DiscordInteractionsE2ETest.QUESTION;

    private BotEngine engine;
    private AnswerComposer composer;
    private AnswerStore store;

    @BeforeAll
    void open() {
        engine = Fixture.botEngine(Fixtures.FIXTURE);
        store = new AnswerStore(100, Duration.ofMinutes(5));
        composer = new AnswerComposer(engine, ConversationMemory.standard(), store, new DiscordEmbedRenderer());
    }

    private static Asking asking(long userId) {
        return new Asking(userId, 1L, 2L, Surface.SLASH);
    }

    private static List<String> buttonIds(Reply reply) {
        return reply.rows().stream().flatMap(row -> row.getComponents().stream())
                .map(c -> ((Button) c).getCustomId()).toList();
    }

    @Test
    @DisplayName("a covered answer has More sources (page 2) and both feedback buttons, all on the stored answer")
    void coveredAnswerHasButtons() {
        Reply reply = composer.answer(QUESTION, asking(1L));
        Answer answer = engine.ask(QUESTION, List.of());
        assertThat(reply.embeds()).hasSize(1);
        assertThat(reply.embeds().get(0).getTitle()).isEqualTo(answer.verdict().summary());
        List<String> ids = buttonIds(reply);
        String key = ButtonId.parse(ids.get(ids.size() - 1)).orElseThrow().answerKey();
        assertThat(ids).containsExactly(ButtonId.more(key, 2), ButtonId.feedback(true, key), ButtonId.feedback(false, key));
        assertThat(store.get(key)).hasValueSatisfying(stored -> assertThat(stored.question()).isEqualTo(answer.question()));
    }

    @Test
    @DisplayName("the last page has no More sources button; a page past the end is empty, and an unknown key is empty")
    void paging() {
        Reply reply = composer.answer(QUESTION, asking(3L));
        String key = ButtonId.parse(buttonIds(reply).get(0)).orElseThrow().answerKey();
        int pages = new AnswerPager(store.get(key).orElseThrow().citations()).pageCount();
        Reply last = composer.page(key, pages).orElseThrow();
        assertThat(last.rows()).isEmpty();
        if (pages > 2) {
            assertThat(buttonIds(composer.page(key, 2).orElseThrow())).containsExactly(ButtonId.more(key, 3));
        }
        assertThat(composer.page(key, pages + 5).orElseThrow().embeds().get(0).getTitle()).isEqualTo("No more sources");
        assertThat(composer.page("nosuchkey", 2)).isEmpty();
    }

    @Test
    @DisplayName("out-of-scope and empty questions get a friendly embed without buttons, never silence")
    void friendlyWithoutButtons() {
        Reply pizza = composer.answer("What is the best pizza topping?", asking(4L));
        assertThat(pizza.embeds().get(0).getTitle()).isEqualTo("That is outside what I know");
        assertThat(pizza.rows()).isEmpty();
        Reply empty = composer.answer("   ", asking(4L));
        assertThat(empty.embeds().get(0).getTitle()).isEqualTo("What would you like to know?");
        assertThat(empty.rows()).isEmpty();
        List<ActionRow> none = composer.answer("", asking(4L)).rows();
        assertThat(none).isEmpty();
    }
}
