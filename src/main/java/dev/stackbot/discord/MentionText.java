package dev.stackbot.discord;

import java.util.regex.Pattern;

/** Turns the raw text of a message that mentions the bot into the question it asks. */
public final class MentionText {

    private MentionText() {
    }

    /**
     * Removes the mentions of the bot ({@code <@id>} and the legacy {@code <@!id>}) and trims the rest.
     *
     * @param raw   the message content as Discord sent it
     * @param botId the bot's user id
     */
    public static String question(String raw, long botId) {
        if (raw == null) {
            return "";
        }
        String id = Long.toUnsignedString(botId);
        Pattern self = Pattern.compile("<@!?" + id + ">");
        return self.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }
}
