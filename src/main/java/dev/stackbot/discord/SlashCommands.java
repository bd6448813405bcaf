package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The bot's slash commands in registration order: the one list that both registration and dispatch read, so
 * a command cannot be registered without being handled, or handled without being registered.
 */
final class SlashCommands {

    private final Map<String, SlashCommand> byName = new LinkedHashMap<>();

    SlashCommands(List<SlashCommand> commands) {
        for (SlashCommand command : commands) {
            if (byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands are named /" + command.name());
            }
        }
    }

    /** The names, in registration order. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The command a Discord interaction names, or empty for one that is not (or no longer) ours. */
    Optional<SlashCommand> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** What to register, in order, from the knowledge as it is now. */
    List<SlashCommandData> definitions(KnowledgeOverview overview) {
        return byName.values().stream().map(command -> {
            SlashCommandData data = command.definition(overview);
            // a definition under another name would register a command that dispatch can never reach
            if (!data.getName().equals(command.name())) {
                throw new IllegalStateException("/" + command.name() + " defines itself as /" + data.getName());
            }
            return data;
        }).toList();
    }
}
