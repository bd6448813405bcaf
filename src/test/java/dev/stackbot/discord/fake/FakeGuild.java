package dev.stackbot.discord.fake;

/**
 * One server of the fake Discord with the ids of its channels and roles. {@link #MAIN} is the guild every test
 * had before shards (the {@link Ids} constants); {@link #onShard} makes more, each landing on a chosen shard.
 *
 * @param id              the guild id, which decides its shard: {@code (id >> 22) % total}
 * @param channel         its #general text channel
 * @param thread          a thread under #general
 * @param readOnlyChannel a channel where the bot may read but not send
 * @param modsRole        a role granting Manage Server
 * @param botRole         the bot's own role, with the permissions the invite asks for
 */
public record FakeGuild(long id, long channel, long thread, long readOnlyChannel, long modsRole, long botRole) {

    public static final FakeGuild MAIN = new FakeGuild(Ids.GUILD, Ids.CHANNEL, Ids.THREAD, Ids.READ_ONLY_CHANNEL,
            Ids.MODS_ROLE, Ids.BOT_ROLE);

    /** A guild whose other ids follow from its own (id + 1 to id + 5; {@link Ids#guildOnShard} leaves room). */
    public static FakeGuild of(long id) {
        if (id == Ids.GUILD) {
            return MAIN;
        }
        return new FakeGuild(id, id + 1, id + 2, id + 3, id + 4, id + 5);
    }

    /** A new guild on shard {@code shard} of {@code total}. */
    public static FakeGuild onShard(int shard, int total) {
        return of(Ids.guildOnShard(shard, total));
    }

    /** The shard that holds this guild when the bot runs {@code total} shards, as Discord computes it. */
    public int shard(int total) {
        return Ids.shardOf(id, total);
    }

    /** Whether a channel id is one of this guild's. */
    boolean hasChannel(long channelId) {
        return channelId == channel || channelId == thread || channelId == readOnlyChannel;
    }
}
