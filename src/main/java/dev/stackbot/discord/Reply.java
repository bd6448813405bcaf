package dev.stackbot.discord;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * One message Stackbot sends: embeds and button rows, and never any mention that pings.
 * Both the create and the edit form carry an explicit empty allowed-mentions list, because an edit
 * without one would fall back to Discord's default of parsing every mention in it.
 */
public record Reply(List<MessageEmbed> embeds, List<ActionRow> rows) {

    public Reply {
        embeds = List.copyOf(embeds);
        rows = List.copyOf(rows);
    }

    public static Reply of(MessageEmbed embed) {
        return new Reply(List.of(embed), List.of());
    }

    /** As a new message or interaction response. */
    public MessageCreateData toCreate() {
        return new MessageCreateBuilder().setEmbeds(embeds).setComponents(rows)
                .setAllowedMentions(List.of()).mentionRepliedUser(false).build();
    }

    /** As an edit of a deferred interaction response (replaces content, embeds and components). */
    public MessageEditData toEdit() {
        return new MessageEditBuilder().setContent("").setEmbeds(embeds).setComponents(rows)
                .setAllowedMentions(List.of()).mentionRepliedUser(false).build();
    }
}
