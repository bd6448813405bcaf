package dev.stackbot.discord;

import dev.stackbot.store.Surface;

/**
 * Who asked, where and how: what the store records beside an answer (the user id only as its keyed hash).
 *
 * @param userId    the Discord user
 * @param guildId   the server, or null in a DM
 * @param channelId the channel, thread or DM channel
 * @param surface   slash command, mention or DM
 */
public record Asking(long userId, Long guildId, long channelId, Surface surface) {
}
