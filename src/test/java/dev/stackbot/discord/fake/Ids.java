package dev.stackbot.discord.fake;

/** The snowflakes of the fake Discord's world: its first guild and channels, a few users, and new guild ids by shard. */
public final class Ids {

    public static final long BOT = 100_000_000_000_000_001L;
    public static final long APPLICATION = BOT;
    public static final long GUILD = 200_000_000_000_000_001L;
    public static final long CHANNEL = 300_000_000_000_000_001L;
    public static final long THREAD = 300_000_000_000_000_002L;
    /** A channel where the bot can read but not send (an overwrite denies Send Messages to everyone). */
    public static final long READ_ONLY_CHANNEL = 300_000_000_000_000_003L;
    public static final long DM_CHANNEL = 300_000_000_000_000_009L;
    /** An ordinary member without Manage Server. */
    public static final long MEMBER = 400_000_000_000_000_001L;
    /** A member holding the Mods role, which grants Manage Server. */
    public static final long MODERATOR = 400_000_000_000_000_002L;
    /** A user without Manage Server whose id the tests put in STACKBOT_ADMIN_IDS. */
    public static final long LISTED_ADMIN = 400_000_000_000_000_003L;
    public static final long OWNER = 400_000_000_000_000_009L;
    public static final long MODS_ROLE = 500_000_000_000_000_001L;
    public static final long BOT_ROLE = 500_000_000_000_000_002L;

    private Ids() {
    }

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final java.util.concurrent.atomic.AtomicLong INCREMENT = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A fresh snowflake for now: JDA reads the creation time out of interaction ids and refuses to answer
     * interactions older than 15 minutes, so ids must carry the current time.
     */
    public static long fresh() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (INCREMENT.incrementAndGet() & 0x3FFFFF);
    }

    private static final java.util.concurrent.atomic.AtomicLong GUILD_TIME = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A new guild id on shard {@code shard} of {@code total}: Discord sends a guild's events to shard
     * {@code (guild_id >> 22) % total}, so the id's timestamp part is chosen for it. Its low 22 bits are 0, which
     * leaves id + 1 to id + 5 free for the guild's channels and roles ({@link FakeGuild#of}). Never the same twice.
     */
    public static long guildOnShard(int shard, int total) {
        if (shard < 0 || shard >= total) {
            throw new IllegalArgumentException("no shard " + shard + " of " + total);
        }
        while (true) {
            long last = GUILD_TIME.get();
            long time = Math.max(System.currentTimeMillis() - DISCORD_EPOCH, last + 1);
            time += Math.floorMod(shard - time, (long) total);
            if (GUILD_TIME.compareAndSet(last, time)) {
                return time << 22;
            }
        }
    }

    /** The shard of {@code total} that receives a guild's events. */
    public static int shardOf(long guildId, int total) {
        return (int) ((guildId >>> 22) % total);
    }

    public static String s(long id) {
        return Long.toUnsignedString(id);
    }
}
