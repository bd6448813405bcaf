package dev.stackbot.discord;

import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.store.Feedback;
import dev.stackbot.store.FeedbackReason;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** What a 👎 offers next, privately: a reason from a short list, and a comment through a modal; both optional. */
final class FeedbackPrompt {

    /** The modal's text input. */
    static final String COMMENT_INPUT = "comment";

    private final DiscordEmbedRenderer renderer;

    FeedbackPrompt(DiscordEmbedRenderer renderer) {
        this.renderer = renderer;
    }

    /** The private reply to a 👎: thanks, the reason menu and the comment button. */
    Reply afterDownVote(String answerKey) {
        StringSelectMenu.Builder reasons = StringSelectMenu.create(ButtonId.reason(answerKey))
                .setPlaceholder("What was wrong? (optional)").setRequiredRange(1, 1);
        for (FeedbackReason reason : FeedbackReason.values()) {
            reasons.addOption(reason.label(), reason.code());
        }
        return new Reply(List.of(renderer.notice("Thanks for the feedback",
                "Noted; it helps improve the knowledge. If you like, say what was wrong.")),
                List.of(ActionRow.of(reasons.build()),
                        ActionRow.of(Button.secondary(ButtonId.comment(answerKey), "Add a comment"))));
    }

    /**
     * The comment modal. JDA reads modal values only from inputs inside a {@link Label}, and Discord makes a
     * text input required unless told otherwise: this one is not.
     */
    Modal commentModal(String answerKey) {
        TextInput input = TextInput.create(COMMENT_INPUT, TextInputStyle.PARAGRAPH)
                .setRequired(false)
                .setMaxLength(Feedback.MAX_COMMENT)
                .setPlaceholder("e.g. the quote is about another framework")
                .build();
        return Modal.create(ButtonId.modal(answerKey), "What was wrong with the answer?")
                .addComponents(Label.of("Comment (optional, " + Feedback.MAX_COMMENT + " characters)", input))
                .build();
    }
}
