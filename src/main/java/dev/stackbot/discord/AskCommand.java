package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.store.Surface;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /ask: answers a question with cited sources, publicly or (private:true) only to the asker. */
final class AskCommand extends SlashCommandAdapter {

    private final AnswerComposer composer;
    private final InteractionReplies replies;

    AskCommand(AnswerComposer composer, InteractionReplies replies) {
        super("ask");
        this.composer = composer;
        this.replies = replies;
    }

    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        return slash("Ask a technology-stack question; the answer cites its sources")
                .addOption(OptionType.STRING, "question", "e.g. Is Node.js faster than Python for APIs?", true)
                .addOption(OptionType.BOOLEAN, "private", "Show the answer only to you", false);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String question = event.getOption("question", "", OptionMapping::getAsString);
        boolean hidden = event.getOption("private", false, OptionMapping::getAsBoolean);
        Long guildId = event.getGuild() == null ? null : event.getGuild().getIdLong();
        Asking asking = new Asking(event.getUser().getIdLong(), guildId, event.getChannelIdLong(), Surface.SLASH);
        replies.answerLater(event, hidden, () -> composer.answer(question, asking));
    }
}
