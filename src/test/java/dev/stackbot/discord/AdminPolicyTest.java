package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Admin policy: who may /reload")
final class AdminPolicyTest {

    private final AdminPolicy policy = new AdminPolicy(Set.of(42L));

    @Test
    @DisplayName("a member with Manage Server may reload")
    void manageServerMayReload() {
        assertThat(policy.mayReload(1L, true)).isTrue();
    }

    @Test
    @DisplayName("a user listed in STACKBOT_ADMIN_IDS may reload without Manage Server, even in a DM")
    void listedAdminMayReload() {
        assertThat(policy.mayReload(42L, false)).isTrue();
    }

    @Test
    @DisplayName("anyone else may not")
    void othersMayNot() {
        assertThat(policy.mayReload(1L, false)).isFalse();
        assertThat(new AdminPolicy(Set.of()).mayReload(42L, false)).isFalse();
    }
}
