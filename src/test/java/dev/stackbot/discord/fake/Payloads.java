package dev.stackbot.discord.fake;

import static dev.stackbot.discord.fake.Ids.s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * JSON shapes of the Discord API v10 objects the fake sends: users, members, roles, channels, guilds,
 * messages and interactions, with the fields JDA reads.
 */
public final class Payloads {

    public static final ObjectMapper JSON = new ObjectMapper();
    static final String TIMESTAMP = "2026-01-01T12:00:00.000000+00:00";

    /** View Channels, Send Messages, Read Message History. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16);
    /** What the invite asks for: plus Embed Links and Send Messages in Threads. */
    static final long BOT_PERMISSIONS = EVERYONE_PERMISSIONS | (1L << 14) | (1L << 38);
    static final long MANAGE_GUILD = 1L << 5;

    private Payloads() {
    }

    public static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", s(id)).put("username", name).put("discriminator", "0").put("global_name", name)
                .putNull("avatar");
        user.put("bot", bot).put("system", false).put("public_flags", 0);
        return user;
    }

    static ObjectNode selfUser() {
        ObjectNode user = user(Ids.BOT, "Stackbot", true);
        user.put("verified", true).put("mfa_enabled", false).put("flags", 0).putNull("email");
        return user;
    }

    static ObjectNode member(ObjectNode user, FakeGuild guild, long... roles) {
        ObjectNode member = JSON.createObjectNode();
        member.set("user", user);
        ArrayNode roleIds = member.putArray("roles");
        long permissions = EVERYONE_PERMISSIONS;
        for (long role : roles) {
            roleIds.add(s(role));
            permissions |= role == guild.modsRole() ? MANAGE_GUILD : role == guild.botRole() ? BOT_PERMISSIONS : 0;
        }
        member.put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false).put("flags", 0)
                .put("pending", false).putNull("nick").putNull("avatar").putNull("premium_since")
                .putNull("communication_disabled_until");
        member.put("permissions", Long.toString(permissions));
        return member;
    }

    /** The member object of a user of the fake guild: the moderator holds Mods, the bot its own role. */
    public static ObjectNode memberOf(long userId) {
        return memberOf(FakeGuild.MAIN, userId);
    }

    /** The member object of a user in {@code guild}: the moderator holds its Mods role, the bot its bot role. */
    public static ObjectNode memberOf(FakeGuild guild, long userId) {
        if (userId == Ids.BOT) {
            return member(selfUser(), guild, guild.botRole());
        }
        if (userId == Ids.MODERATOR) {
            return member(user(userId, "moderator", false), guild, guild.modsRole());
        }
        return member(user(userId, "user" + (userId % 1000), false), guild);
    }

    static ObjectNode role(long id, String name, long permissions, int position) {
        ObjectNode role = JSON.createObjectNode();
        role.put("id", s(id)).put("name", name).put("color", 0).put("hoist", false).putNull("icon")
                .putNull("unicode_emoji").put("position", position).put("permissions", Long.toString(permissions))
                .put("managed", false).put("mentionable", false).put("flags", 0);
        role.putObject("colors").put("primary_color", 0);
        return role;
    }

    static ObjectNode textChannel(FakeGuild guild, long id, String name) {
        ObjectNode channel = JSON.createObjectNode();
        channel.put("id", s(id)).put("type", 0).put("guild_id", s(guild.id())).put("name", name).put("position", 0)
                .put("nsfw", false).putNull("parent_id").putNull("topic").putNull("last_message_id")
                .put("rate_limit_per_user", 0).put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    static ObjectNode thread(FakeGuild guild, long id, long parent, String name) {
        ObjectNode thread = JSON.createObjectNode();
        thread.put("id", s(id)).put("type", 11).put("guild_id", s(guild.id())).put("name", name)
                .put("parent_id", s(parent)).put("owner_id", s(Ids.MEMBER)).put("message_count", 1)
                .put("member_count", 2).put("rate_limit_per_user", 0).put("flags", 0).put("total_message_sent", 1)
                .putNull("last_message_id");
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", TIMESTAMP).put("locked", false).put("create_timestamp", TIMESTAMP);
        return thread;
    }

    /** READY for one shard: only the guilds on that shard, each unavailable until its GUILD_CREATE. */
    static ObjectNode ready(String sessionId, String resumeUrl, List<FakeGuild> guilds, int shard, int total) {
        ObjectNode d = JSON.createObjectNode();
        d.put("v", 10).set("user", selfUser());
        ArrayNode unavailable = d.putArray("guilds");
        guilds.forEach(guild -> unavailable.addObject().put("id", s(guild.id())).put("unavailable", true));
        d.putArray("shard").add(shard).add(total);
        d.put("session_id", sessionId).put("session_type", "normal").put("resume_gateway_url", resumeUrl);
        d.putObject("application").put("id", s(Ids.APPLICATION)).put("flags", 0);
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putArray("presences");
        d.putArray("guild_join_requests");
        d.putArray("_trace").add("[\"fake-discord\",{\"micros\":1}]");
        return d;
    }

    static ObjectNode guildCreate(FakeGuild guild) {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", s(guild.id())).put("name", guild == FakeGuild.MAIN ? "Fake Guild" : "Fake Guild " + s(guild.id())).putNull("icon").putNull("splash").putNull("banner")
                .putNull("description").put("owner_id", s(Ids.OWNER)).put("unavailable", false)
                .put("member_count", 4).put("large", false).put("joined_at", TIMESTAMP)
                .put("preferred_locale", "en-US").put("premium_tier", 0).put("premium_progress_bar_enabled", false)
                .put("verification_level", 0).put("default_message_notifications", 0).put("explicit_content_filter", 0)
                .put("mfa_level", 0).put("nsfw_level", 0).put("afk_timeout", 300).putNull("afk_channel_id")
                .putNull("system_channel_id").putNull("rules_channel_id").putNull("public_updates_channel_id")
                .put("system_channel_flags", 0).put("max_members", 500000);
        ArrayNode roles = g.putArray("roles");
        roles.add(role(guild.id(), "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(guild.modsRole(), "Mods", EVERYONE_PERMISSIONS | MANAGE_GUILD, 1));
        roles.add(role(guild.botRole(), "Stackbot", BOT_PERMISSIONS, 2));
        ObjectNode readOnly = textChannel(guild, guild.readOnlyChannel(), "announcements");
        for (long role : new long[] {guild.id(), guild.botRole()}) {
            ((ArrayNode) readOnly.get("permission_overwrites")).addObject().put("id", s(role)).put("type", 0)
                    .put("allow", "0").put("deny", Long.toString(1L << 11));
        }
        g.putArray("channels").add(textChannel(guild, guild.channel(), "general")).add(readOnly);
        g.putArray("threads").add(thread(guild, guild.thread(), guild.channel(), "node-vs-python"));
        g.putArray("members").add(memberOf(guild, Ids.BOT));
        for (String empty : new String[] {"guild_scheduled_events", "emojis", "stickers", "voice_states", "presences",
                "features", "stage_instances", "soundboard_sounds", "embedded_activities"}) {
            g.putArray(empty);
        }
        return g;
    }

    /** A message as Discord returns it, built from what the bot sent (content, embeds, components). */
    static ObjectNode botMessage(long id, long channelId, JsonNode sent, FakeGuild guild) {
        ObjectNode m = message(id, channelId, selfUser(), sent.path("content").asText(""), guild);
        ArrayNode embeds = m.putArray("embeds");
        for (JsonNode embed : sent.path("embeds")) {
            ObjectNode stored = embed.deepCopy();
            stored.put("type", "rich"); // Discord adds the type to every embed it returns
            embeds.add(stored);
        }
        m.set("components", sent.has("components") ? sent.get("components") : JSON.createArrayNode());
        m.put("flags", sent.path("flags").asInt(0));
        if (sent.has("message_reference")) {
            m.set("message_reference", sent.get("message_reference"));
            m.put("type", 19);
        }
        return m;
    }

    /** A message; {@code guild} null for a DM. */
    static ObjectNode message(long id, long channelId, ObjectNode author, String content, FakeGuild guild) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", s(id)).put("channel_id", s(channelId)).put("type", 0).put("content", content)
                .put("timestamp", TIMESTAMP).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", 0);
        if (guild != null) {
            m.put("guild_id", s(guild.id()));
        }
        m.set("author", author);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        return m;
    }

    /** MESSAGE_CREATE from a user; in a guild it mentions whichever users {@code mentioned} lists. */
    public static ObjectNode userMessage(long id, long channelId, long authorId, String content, boolean inGuild,
                                         long... mentioned) {
        return userMessage(inGuild ? FakeGuild.MAIN : null, id, channelId, authorId, content, mentioned);
    }

    /** MESSAGE_CREATE from a user in a channel of {@code guild} (null: a DM). */
    public static ObjectNode userMessage(FakeGuild guild, long id, long channelId, long authorId, String content,
                                         long... mentioned) {
        boolean inGuild = guild != null;
        ObjectNode author = user(authorId, "user" + (authorId % 1000), false);
        ObjectNode m = message(id, channelId, author, content, guild);
        if (inGuild) {
            ObjectNode member = memberOf(guild, authorId);
            member.remove("user");
            m.set("member", member);
        }
        ArrayNode mentions = (ArrayNode) m.get("mentions");
        for (long user : mentioned) {
            ObjectNode u = user == Ids.BOT ? selfUser() : user(user, "user" + (user % 1000), false);
            if (inGuild) {
                ObjectNode member = memberOf(guild, user);
                member.remove("user");
                u.set("member", member);
            }
            mentions.add(u);
        }
        m.put("mention_everyone", content.contains("@everyone") || content.contains("@here"));
        return m;
    }

    /** INTERACTION_CREATE for a slash command (type 2) in the fake guild's channel. */
    public static ObjectNode slashCommand(long interactionId, String commandId, String name, long userId,
                                          Map<String, Object> options) {
        return slashCommand(FakeGuild.MAIN, interactionId, commandId, name, userId, options);
    }

    /** INTERACTION_CREATE for a slash command in {@code guild}'s #general. */
    public static ObjectNode slashCommand(FakeGuild guild, long interactionId, String commandId, String name,
                                          long userId, Map<String, Object> options) {
        ObjectNode i = interactionBase(guild, interactionId, 2, userId);
        ObjectNode data = i.putObject("data");
        data.put("id", commandId).put("name", name).put("type", 1);
        ArrayNode opts = data.putArray("options");
        options.forEach((key, value) -> opts.add(option(key, value)));
        return i;
    }

    /** INTERACTION_CREATE for a slash command sent in the user's DM with the bot (context 1: no guild, no member). */
    public static ObjectNode directSlashCommand(long interactionId, String commandId, String name, long userId,
                                                Map<String, Object> options) {
        ObjectNode i = slashCommand(interactionId, commandId, name, userId, options);
        ObjectNode user = user(userId, "user" + (userId % 1000), false);
        i.remove(List.of("guild_id", "guild", "member", "guild_locale"));
        i.set("user", user);
        i.put("channel_id", s(Ids.DM_CHANNEL)).put("context", 1);
        ObjectNode channel = i.putObject("channel");
        channel.put("id", s(Ids.DM_CHANNEL)).put("type", 1).put("flags", 0).putNull("last_message_id");
        channel.putArray("recipients").add(user);
        i.putObject("authorizing_integration_owners").put("0", "0");
        return i;
    }

    /** INTERACTION_CREATE for autocomplete (type 4) with the focused option last. */
    public static ObjectNode autocomplete(long interactionId, String commandId, String name, long userId,
                                         Map<String, Object> options, String focused, String typed) {
        ObjectNode i = slashCommand(interactionId, commandId, name, userId, options);
        i.put("type", 4);
        ObjectNode focus = option(focused, typed);
        focus.put("focused", true);
        ((ArrayNode) i.get("data").get("options")).add(focus);
        return i;
    }

    /** INTERACTION_CREATE for a button click (type 3) on a message the bot posted. */
    public static ObjectNode buttonClick(long interactionId, long userId, String customId, JsonNode message) {
        ObjectNode i = interactionBase(interactionId, 3, userId);
        i.putObject("data").put("custom_id", customId).put("component_type", 2);
        i.set("message", message);
        return i;
    }

    /** INTERACTION_CREATE for a button click on a message the bot posted in {@code guild}'s #general (its shard's). */
    public static ObjectNode buttonClick(FakeGuild guild, long interactionId, long userId, String customId,
                                         JsonNode message) {
        ObjectNode i = interactionBase(guild, interactionId, 3, userId);
        i.putObject("data").put("custom_id", customId).put("component_type", 2);
        ObjectNode inGuild = message.deepCopy();
        inGuild.put("guild_id", s(guild.id())).put("channel_id", s(guild.channel()));
        i.set("message", inGuild);
        return i;
    }

    /** INTERACTION_CREATE for a choice in a string select menu (type 3, component type 3) on a bot message. */
    public static ObjectNode selectMenu(long interactionId, long userId, String customId, List<String> values,
                                        JsonNode message) {
        ObjectNode i = interactionBase(interactionId, 3, userId);
        ObjectNode data = i.putObject("data").put("custom_id", customId).put("component_type", 3);
        ArrayNode chosen = data.putArray("values");
        values.forEach(chosen::add);
        i.set("message", message);
        return i;
    }

    /**
     * INTERACTION_CREATE for a submitted modal (type 5): each text input inside a Label (component type 18),
     * as Discord sends modals built with labels.
     */
    public static ObjectNode modalSubmit(long interactionId, long userId, String customId, Map<String, String> inputs) {
        ObjectNode i = interactionBase(interactionId, 5, userId);
        ObjectNode data = i.putObject("data").put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        int n = 1;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            ObjectNode label = components.addObject().put("type", 18).put("id", n++);
            label.putObject("component").put("type", 4).put("id", n++).put("custom_id", input.getKey())
                    .put("value", input.getValue());
        }
        return i;
    }

    private static ObjectNode option(String name, Object value) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        if (value instanceof Boolean b) {
            o.put("type", 5).put("value", b);
        } else {
            o.put("type", 3).put("value", String.valueOf(value));
        }
        return o;
    }

    private static ObjectNode interactionBase(long interactionId, int type, long userId) {
        return interactionBase(FakeGuild.MAIN, interactionId, type, userId);
    }

    private static ObjectNode interactionBase(FakeGuild guild, long interactionId, int type, long userId) {
        ObjectNode i = JSON.createObjectNode();
        i.put("id", s(interactionId)).put("application_id", s(Ids.APPLICATION)).put("type", type)
                .put("token", "itoken-" + interactionId).put("version", 1).put("guild_id", s(guild.id()))
                .put("channel_id", s(guild.channel())).put("locale", "en-US").put("guild_locale", "en-US")
                .put("app_permissions", Long.toString(BOT_PERMISSIONS)).put("context", 0)
                .put("attachment_size_limit", 10485760);
        i.set("channel", textChannel(guild, guild.channel(), "general"));
        i.putObject("guild").put("id", s(guild.id())).put("locale", "en-US").putArray("features");
        i.set("member", memberOf(guild, userId));
        i.putArray("entitlements");
        i.putObject("authorizing_integration_owners").put("0", s(guild.id()));
        return i;
    }
}
