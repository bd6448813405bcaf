package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.render.DiscordEmbedRenderer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /help: what Stackbot does, how to ask and what the knowledge covers, answered at once. */
final class HelpCommand extends SlashCommandAdapter {

    private final BotEngine engine;
    private final DiscordEmbedRenderer renderer;
    private final InteractionReplies replies;

    HelpCommand(BotEngine engine, DiscordEmbedRenderer renderer, InteractionReplies replies) {
        super("help");
        this.engine = engine;
        this.renderer = renderer;
        this.replies = replies;
    }

    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        return slash("What Stackbot does and how to ask");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        replies.show(event, renderer.help(engine.overview()));
    }
}
