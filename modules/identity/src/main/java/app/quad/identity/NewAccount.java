package app.quad.identity;

import java.util.Set;

/** What it takes to open an account. The password is hashed and never stored or logged as given. */
public record NewAccount(String email, String displayName, String password, Set<Role> roles) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", displayName=" + displayName + ", roles=" + roles + "]";
    }
}
