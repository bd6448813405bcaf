package dev.stackbot.discord;

import dev.stackbot.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.cluster.ClusterReload;
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

    @Test
    @DisplayName("a question asked again reuses its rendered answer embed, and its reply still gets buttons of its own")
    void repeatedQuestionReusesItsEmbed() {
        // given a question answered once
        Reply first = composer.answer(QUESTION, asking(5L));

        // when it is asked again (the engine hands out its cached answer)
        Reply again = composer.answer(QUESTION, asking(6L));

        // then the embed is the one already built, the same as a fresh rendering, and the buttons are new
        assertThat(again.embeds().get(0)).isSameAs(first.embeds().get(0));
        Answer answer = engine.ask(QUESTION, List.of());
        AnswerPager pager = new AnswerPager(answer.citations());
        assertThat(again.embeds().get(0))
                .isEqualTo(new DiscordEmbedRenderer().answer(answer, pager.page(1), pager.total(), null));
        String firstKey = ButtonId.parse(buttonIds(first).get(0)).orElseThrow().answerKey();
        String againKey = ButtonId.parse(buttonIds(again).get(0)).orElseThrow().answerKey();
        assertThat(againKey).isNotEqualTo(firstKey);
        assertThat(store.get(againKey)).isPresent();
    }

    @Test
    @DisplayName("an out-of-scope answer asked again after the knowledge changed shows the new knowledge's coverage")
    void outOfScopeFollowsTheOverview() {
        // given an engine whose overview changes (a reload) while its cached answer stays the same
        KnowledgeOverview real = engine.overview();
        KnowledgeOverview[] current = {real};
        BotEngine reloading = new BotEngine() {
            @Override
            public Answer ask(String question, List<String> previousSubjects) {
                return engine.ask(question, previousSubjects);
            }

            @Override
            public Comparison compare(String first, String second, String aspectOrNull) {
                return engine.compare(first, second, aspectOrNull);
            }

            @Override
            public KnowledgeOverview overview() {
                return current[0];
            }

            @Override
            public ClusterReload reload() {
                return engine.reload();
            }
        };
        AnswerComposer composing = new AnswerComposer(reloading, ConversationMemory.standard(),
                new AnswerStore(100, Duration.ofMinutes(5)), new DiscordEmbedRenderer());
        String pizza = "What is the best pizza topping?";
        assertThat(composing.answer(pizza, asking(7L)).embeds().get(0).getDescription()).contains("I cover");

        // when the overview is another one (here: one naming no entity)
        current[0] = new KnowledgeOverview(real.version(), real.stats(), List.of(), List.of(), real.sources());

        // then the same answer is rendered with it, not with the first
        assertThat(composing.answer(pizza, asking(7L)).embeds().get(0).getDescription())
                .doesNotContain("I cover").contains("try /sources");
    }
}
