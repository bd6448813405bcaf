package dev.stackbot.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;

import java.util.Set;

/** Who may act as maintainer (/reload, /gaps): members with Manage Server in the guild, or users listed in STACKBOT_ADMIN_IDS. */
public final class AdminPolicy {

    private final Set<Long> adminIds;

    public AdminPolicy(Set<Long> adminIds) {
        this.adminIds = Set.copyOf(adminIds);
    }

    /**
     * Decides a reload request.
     *
     * @param userId           who asked
     * @param hasManageServer  whether they hold Manage Server where they asked (false in DMs)
     */
    public boolean mayReload(long userId, boolean hasManageServer) {
        return hasManageServer || adminIds.contains(userId);
    }

    /** Decides for the user of a slash command, where they used it (no Manage Server in DMs). */
    boolean mayMaintain(SlashCommandInteractionEvent event) {
        Member member = event.getMember();
        return mayReload(event.getUser().getIdLong(), member != null && member.hasPermission(Permission.MANAGE_SERVER));
    }
}
