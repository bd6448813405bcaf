package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.KnowledgeStats;
import dev.stackbot.render.DiscordEmbedRenderer;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Command list: the seven slash commands and their options")
final class CommandListTest {

    /** The list the bot registers and dispatches to, as {@link DiscordBot#start} builds it. */
    private static final SlashCommands COMMANDS = commandList();

    private static SlashCommands commandList() {
        BotEngine engine = Fixture.botEngine(Fixtures.FIXTURE);
        DiscordEmbedRenderer renderer = new DiscordEmbedRenderer();
        AnswerComposer composer = new AnswerComposer(engine, ConversationMemory.standard(), AnswerStore.standard(),
                renderer);
        InteractionReplies replies = new InteractionReplies(renderer, Cooldown.standard(), new ReplyPools(1, 1, 1));
        return DiscordBot.commandList(engine, composer, renderer, replies, new AdminPolicy(Set.of()), null, () -> { });
    }

    private static KnowledgeOverview overview(int entities) {
        List<KnowledgeOverview.Named> names = IntStream.rangeClosed(1, entities)
                .mapToObj(i -> new KnowledgeOverview.Named("e" + i, "Entity " + i)).toList();
        return new KnowledgeOverview("v", new KnowledgeStats(1, 1, 1), names,
                List.of(new KnowledgeOverview.Named("performance", "Performance")), List.of());
    }

    @Test
    @DisplayName("the seven commands are ask, compare, sources, help, reload, stats and gaps; only reload and gaps need Manage Server")
    void sevenCommands() {
        List<SlashCommandData> commands = COMMANDS.definitions(overview(3));
        assertThat(commands).extracting(CommandData::getName)
                .containsExactly("ask", "compare", "sources", "help", "reload", "stats", "gaps");
        for (int admin : new int[] {4, 6}) {
            assertThat(commands.get(admin).getDefaultPermissions().getPermissionsRaw())
                    .isEqualTo(Permission.MANAGE_SERVER.getRawValue());
        }
        for (int open : new int[] {0, 1, 2, 3, 5}) {
            assertThat(commands.get(open).getDefaultPermissions().getPermissionsRaw()).isNull();
        }
    }

    @Test
    @DisplayName("/stats and /gaps take an optional days option between 1 and 90")
    void daysOption() {
        List<SlashCommandData> commands = COMMANDS.definitions(overview(3));
        for (SlashCommandData command : List.of(commands.get(5), commands.get(6))) {
            var days = command.getOptions().get(0);
            assertThat(days.getName()).isEqualTo("days");
            assertThat(days.isRequired()).isFalse();
            assertThat(days.getMinValue()).isEqualTo(1L);
            assertThat(days.getMaxValue()).isEqualTo(90L);
        }
    }

    @Test
    @DisplayName("with at most 25 entities /compare offers them as fixed choices")
    void fewEntitiesAreChoices() {
        SlashCommandData compare = COMMANDS.definitions(overview(25)).get(1);
        assertThat(compare.getOptions().get(0).getChoices()).hasSize(25);
        assertThat(compare.getOptions().get(0).isAutoComplete()).isFalse();
        assertThat(compare.getOptions().get(2).getName()).isEqualTo("aspect");
        assertThat(compare.getOptions().get(2).isAutoComplete()).isTrue();
    }

    @Test
    @DisplayName("with more than 25 entities /compare switches to autocomplete (Discord allows 25 choices)")
    void manyEntitiesAutocomplete() {
        SlashCommandData compare = COMMANDS.definitions(overview(26)).get(1);
        assertThat(compare.getOptions().get(0).getChoices()).isEmpty();
        assertThat(compare.getOptions().get(0).isAutoComplete()).isTrue();
    }

    @Test
    @DisplayName("suggestions put prefix matches first and never exceed 25")
    void suggestions() {
        List<KnowledgeOverview.Named> items = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new KnowledgeOverview.Named("id" + i, "Name " + i)).toList();
        assertThat(CompareCommand.suggest(items, "")).hasSize(25);
        List<Command.Choice> five = CompareCommand.suggest(List.of(new KnowledgeOverview.Named("py", "Python"),
                new KnowledgeOverview.Named("cpython", "CPython internals")), "py");
        assertThat(five).extracting(Command.Choice::getAsString).containsExactly("py", "cpython");
        assertThat(CompareCommand.suggest(items, "zzz")).isEmpty();
    }
}
