package app.quad.identity.internal;

import app.quad.identity.Role;

import java.time.Instant;
import java.util.Set;

/** How a sign-in attempt with e-mail and password ended. */
public record SignInResult(Outcome outcome, long accountId, Set<Role> roles, int sessionVersion, Instant blockedUntil) {

    public enum Outcome {
        SIGNED_IN,
        /** Unknown address or wrong password: the two are never told apart. */
        WRONG_CREDENTIALS,
        /** Too many failures for this address, known or not; nothing was checked. */
        BLOCKED,
        UNVERIFIED,
        SUSPENDED
    }

    static SignInResult signedIn(Account account) {
        return new SignInResult(Outcome.SIGNED_IN, account.getId(), account.getRoles(), account.getSessionVersion(), null);
    }

    static SignInResult failed(Outcome outcome) {
        return new SignInResult(outcome, 0, Set.of(), 0, null);
    }

    static SignInResult blocked(Instant until) {
        return new SignInResult(Outcome.BLOCKED, 0, Set.of(), 0, until);
    }
}
