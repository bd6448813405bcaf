package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.render.DiscordEmbedRenderer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /sources: the documents Stackbot quotes, answered at once (the overview is in memory, no worker needed). */
final class SourcesCommand extends SlashCommandAdapter {

    private final BotEngine engine;
    private final DiscordEmbedRenderer renderer;
    private final InteractionReplies replies;

    SourcesCommand(BotEngine engine, DiscordEmbedRenderer renderer, InteractionReplies replies) {
        super("sources");
        this.engine = engine;
        this.renderer = renderer;
        this.replies = replies;
    }

    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        return slash("List the documents Stackbot quotes");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        replies.show(event, renderer.sources(engine.overview()));
    }
}
