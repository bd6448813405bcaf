package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.KnowledgeStats;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Slash commands: one list feeds registration and dispatch")
final class SlashCommandsTest {

    private static final KnowledgeOverview OVERVIEW = new KnowledgeOverview("v", new KnowledgeStats(1, 1, 1),
            List.of(), List.of(), List.of());

    /** A command as a new feature would add it: a name, a definition and a handler (never run here). */
    private record Stub(String name, String definedAs) implements SlashCommand {

        Stub(String name) {
            this(name, name);
        }

        @Override
        public SlashCommandData definition(KnowledgeOverview overview) {
            return Commands.slash(definedAs, "A command only this test knows");
        }

        @Override
        public void handle(SlashCommandInteractionEvent event) {
            throw new AssertionError("not dispatched in this test");
        }
    }

    @Test
    @DisplayName("a command added to the list is registered under its name, in list order, and dispatch finds it by that name")
    void addedCommandIsRegisteredAndDispatched() {
        // given the list with one more command at the end
        SlashCommand ping = new Stub("ping");
        SlashCommands commands = new SlashCommands(List.of(new Stub("ask"), ping));
        // when the bot builds what to register
        List<SlashCommandData> registered = commands.definitions(OVERVIEW);
        // then exactly the list's names are registered, in its order
        assertThat(registered).extracting(CommandData::getName).containsExactly("ask", "ping");
        assertThat(commands.names()).containsExactly("ask", "ping");
        // and the name Discord sends back reaches that very command
        assertThat(commands.named("ping")).containsSame(ping);
        assertThat(commands.named("pong")).isEmpty();
    }

    @Test
    @DisplayName("two commands with one name are refused when the list is built, not when a user runs one")
    void duplicateNamesRefused() {
        assertThatThrownBy(() -> new SlashCommands(List.of(new Stub("ask"), new Stub("ask"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/ask");
    }

    @Test
    @DisplayName("a definition under another name than the command's is refused: dispatch could never reach it")
    void definitionMustCarryTheName() {
        SlashCommands commands = new SlashCommands(List.of(new Stub("ping", "pong")));
        assertThatThrownBy(() -> commands.definitions(OVERVIEW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/ping").hasMessageContaining("/pong");
    }
}
