package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: its name, its definition, how it answers and, if it has autocomplete options, how it
 * suggests. Adding a command is one class (extending {@link SlashCommandAdapter}) plus one line in
 * {@link DiscordBot#commandList}.
 */
interface SlashCommand {

    /** The name users type after the slash; dispatch finds the command by it. */
    String name();

    /**
     * What Discord is told about the command, named {@link #name()}. Built again after every reload that
     * swapped the knowledge, because options (such as the /compare entities) may come from it.
     */
    SlashCommandData definition(KnowledgeOverview overview);

    /**
     * Answers one invocation, on the gateway thread: it must reply at once, or leave engine work to
     * {@link InteractionReplies#answerSoon} (which replies or defers well inside Discord's 3 s), or defer and leave
     * slow work to {@link InteractionReplies#runDeferred}. The listener catches whatever it throws and apologises.
     */
    void handle(SlashCommandInteractionEvent event);

    /** Suggestions for a focused option; at most 25. Commands without autocomplete options never get here. */
    default void autocomplete(CommandAutoCompleteInteractionEvent event) {
        // Discord still waits for an answer to an autocomplete request: an empty list is the polite one
        event.replyChoices(List.of()).queue();
    }
}
