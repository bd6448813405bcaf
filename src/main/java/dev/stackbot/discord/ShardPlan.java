package dev.stackbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which gateway shards this process runs: out of how many in all, and which of them. A guild's events go to
 * shard {@code (guild_id >> 22) % total}, DMs to shard 0, so processes that split the ids among them share the
 * servers without overlap.
 *
 * @param total how many shards the bot has in all, or {@link #RECOMMENDED} for Discord's count (GET /gateway/bot)
 * @param ids   the shard ids this process runs, ascending and distinct; empty for all of them
 */
public record ShardPlan(int total, List<Integer> ids) {

    /** {@link #total()} when Discord's recommended count is to be used (JDA asks /gateway/bot for it). */
    public static final int RECOMMENDED = -1;
    /** Every shard, as many as Discord recommends: the default for one process. */
    public static final ShardPlan ALL = new ShardPlan(RECOMMENDED, List.of());

    public static final String TOTAL_KEY = "STACKBOT_SHARDS_TOTAL";
    public static final String IDS_KEY = "STACKBOT_SHARDS";

    public ShardPlan {
        ids = List.copyOf(new TreeSet<>(ids));
        if (total != RECOMMENDED && total < 1) {
            throw new IllegalArgumentException(TOTAL_KEY + " must be 1 or more, not " + total);
        }
        if (!ids.isEmpty() && total == RECOMMENDED) {
            throw new IllegalArgumentException(IDS_KEY + " needs " + TOTAL_KEY + ": the shard ids of one process only"
                    + " mean something against a total that every process agrees on");
        }
        for (int id : ids) {
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException(IDS_KEY + ": there is no shard " + id + " when " + TOTAL_KEY
                        + " is " + total + " (ids run from 0 to " + (total - 1) + ")");
            }
        }
    }

    /**
     * Reads the two settings as a user writes them.
     *
     * @param total blank for Discord's recommended count, else a whole number of 1 or more
     * @param ids   blank for all shards, else ids and ranges separated by commas: "0-3", "0,2", "5", "0-1,4"
     * @throws IllegalArgumentException with a one-line message that names the setting
     */
    public static ShardPlan parse(String total, String ids) {
        int count = RECOMMENDED;
        if (total != null && !total.isBlank()) {
            count = number(total.trim(), TOTAL_KEY, "a whole number of shards, 1 or more");
            if (count < 1) {
                throw new IllegalArgumentException(TOTAL_KEY + ": '" + total.trim() + "' must be 1 or more");
            }
        }
        List<Integer> chosen = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String part : ids.split(",")) {
                String item = part.trim();
                if (item.isEmpty()) {
                    continue;
                }
                chosen.addAll(item(item));
            }
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException(IDS_KEY + ": '" + ids.trim() + "' names no shard (e.g. 0-3 or 0,2)");
            }
        }
        return new ShardPlan(count, chosen);
    }

    /**
     * The shard ids this process runs once the total is known (Discord's count when it was left to Discord).
     *
     * @param actualTotal the total in force (JDA's, after it asked /gateway/bot)
     */
    public List<Integer> idsOf(int actualTotal) {
        if (!ids.isEmpty()) {
            return ids;
        }
        List<Integer> all = new ArrayList<>(actualTotal);
        for (int i = 0; i < actualTotal; i++) {
            all.add(i);
        }
        return all;
    }

    /** "shard 0", "shards 0-3", "shards 0,2", "shards 0-1,4": how a process is named in logs and replies. */
    public static String describe(List<Integer> ids) {
        if (ids.isEmpty()) {
            return "no shards";
        }
        List<Integer> sorted = List.copyOf(new TreeSet<>(ids));
        if (sorted.size() == 1) {
            return "shard " + sorted.get(0);
        }
        List<String> runs = new ArrayList<>();
        int start = sorted.get(0);
        int previous = start;
        for (int i = 1; i <= sorted.size(); i++) {
            Integer next = i < sorted.size() ? sorted.get(i) : null;
            if (next != null && next == previous + 1) {
                previous = next;
                continue;
            }
            // written as STACKBOT_SHARDS takes them, so a name can be pasted back into the setting
            runs.add(start == previous ? Integer.toString(start) : start + "-" + previous);
            if (next != null) {
                start = previous = next;
            }
        }
        return "shards " + String.join(",", runs);
    }

    private static List<Integer> item(String item) {
        int dash = item.indexOf('-', 1); // from 1: "-1" is a malformed id, not a range
        if (dash < 0) {
            return List.of(number(item, IDS_KEY, "a shard id or a range of them (e.g. 0-3)"));
        }
        int from = number(item.substring(0, dash).trim(), IDS_KEY, "a range of shard ids (e.g. 0-3)", item);
        int to = number(item.substring(dash + 1).trim(), IDS_KEY, "a range of shard ids (e.g. 0-3)", item);
        if (from > to) {
            throw new IllegalArgumentException(IDS_KEY + ": the range '" + item + "' runs backwards (write "
                    + to + "-" + from + ")");
        }
        List<Integer> range = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            range.add(i);
        }
        return range;
    }

    private static int number(String text, String key, String expected) {
        return number(text, key, expected, text);
    }

    private static int number(String text, String key, String expected, String shown) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 6) {
            throw new IllegalArgumentException(key + ": '" + shown + "' is not " + expected);
        }
        return Integer.parseInt(text);
    }
}
