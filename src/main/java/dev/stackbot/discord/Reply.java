package dev.stackbot.discord;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * One message Stackbot sends: embeds, button rows, files (chart images), and never any mention that pings.
 * Both the create and the edit form carry an explicit empty allowed-mentions list, because an edit
 * without one would fall back to Discord's default of parsing every mention in it.
 */
public record Reply(List<MessageEmbed> embeds, List<ActionRow> rows, List<Attachment> files) {

    public Reply {
        embeds = List.copyOf(embeds);
        rows = List.copyOf(rows);
        files = List.copyOf(files);
    }

    public Reply(List<MessageEmbed> embeds, List<ActionRow> rows) {
        this(embeds, rows, List.of());
    }

    public static Reply of(MessageEmbed embed) {
        return new Reply(List.of(embed), List.of());
    }

    /** An embed with an image file, which the embed shows when it points at {@link Attachment#url()}. */
    public static Reply of(MessageEmbed embed, Attachment file) {
        return new Reply(List.of(embed), List.of(), List.of(file));
    }

    /** As a new message or interaction response. */
    public MessageCreateData toCreate() {
        return new MessageCreateBuilder().setEmbeds(embeds).setComponents(rows).setFiles(uploads())
                .setAllowedMentions(List.of()).mentionRepliedUser(false).build();
    }

    /** As an edit of a deferred interaction response (replaces content, embeds, components and files). */
    public MessageEditData toEdit() {
        MessageEditBuilder edit = new MessageEditBuilder().setContent("").setEmbeds(embeds).setComponents(rows)
                .setAllowedMentions(List.of()).mentionRepliedUser(false);
        if (!files.isEmpty()) {
            edit.setFiles(uploads());
        }
        return edit.build();
    }

    // a FileUpload is read once when sent: each message gets uploads of its own
    private List<FileUpload> uploads() {
        return files.stream().map(f -> FileUpload.fromData(f.bytes(), f.name())).toList();
    }

    /**
     * A file sent with the message.
     *
     * @param name  its file name, e.g. "compare.png" (letters, digits, dots and dashes: it is also in the url)
     * @param bytes its content
     */
    public record Attachment(String name, byte[] bytes) {

        public Attachment {
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("an attachment name Discord can refer to: " + name);
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** How an embed shows this file as its image. */
        public String url() {
            return "attachment://" + name;
        }
    }
}
