package app.quad.identity;

import java.util.Set;

/**
 * What it takes to open an account. The password is hashed and never stored or logged as given.
 *
 * @param organisationId the employer organisation the person belongs to, or null
 */
public record NewAccount(String email, String displayName, String password, Set<Role> roles, Long organisationId) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }

    public NewAccount(String email, String displayName, String password, Set<Role> roles) {
        this(email, displayName, password, roles, null);
    }

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", displayName=" + displayName + ", roles=" + roles
                + ", organisationId=" + organisationId + "]";
    }
}
