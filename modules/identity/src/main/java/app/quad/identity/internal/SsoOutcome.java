package app.quad.identity.internal;

import app.quad.identity.Role;

import java.util.Set;

/** How a campus sign-in ended: the account signed in to, or why there is none. */
record SsoOutcome(long accountId, Set<Role> roles, int sessionVersion, SsoRefusal refusal) {

    static SsoOutcome signedIn(Account account) {
        return new SsoOutcome(account.getId(), account.getRoles(), account.getSessionVersion(), null);
    }

    static SsoOutcome refused(SsoRefusal refusal) {
        return new SsoOutcome(0, Set.of(), 0, refusal);
    }

    boolean isSignedIn() {
        return refusal == null;
    }
}
