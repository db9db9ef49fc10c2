package app.quad.identity;

import java.util.Set;

/** What other modules may know about an account. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles, AccountStatus status) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
