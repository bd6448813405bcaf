package dev.stackbot.discord;

import java.util.Set;

/** Who may /reload: members with Manage Server in the guild, or users listed in STACKBOT_ADMIN_IDS. */
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
}
