package app.quad.identity;

import java.util.Optional;

/** The person making the current request, as identity knows them. */
public interface CurrentUser {

    boolean signedIn();

    /** @throws IllegalStateException when nobody is signed in; pages that call it require sign-in */
    long id();

    Optional<AccountSummary> account();

    boolean holds(Role role);
}
