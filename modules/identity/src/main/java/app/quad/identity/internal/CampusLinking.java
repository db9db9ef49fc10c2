package app.quad.identity.internal;

import app.quad.identity.AccountStatus;

import java.util.Optional;

/**
 * The rules of a campus sign-in: which account the person of the identity provider gets, or why
 * they get none. Kept free of storage so every case can be tested on its own.
 */
final class CampusLinking {

    /** An existing account as far as the rules care. */
    record Known(long accountId, AccountStatus status, boolean linkedToAnotherSubject) {
    }

    enum Action {
        /** Sign in to an existing account, linking and activating it as the decision says. */
        SIGN_IN,
        /** Open an active student account for the person and link it. */
        CREATE,
        REFUSE
    }

    record Decision(Action action, long accountId, boolean link, boolean activate, SsoRefusal refusal) {

        static Decision signIn(Known account, boolean link) {
            boolean pending = account.status() == AccountStatus.UNVERIFIED || account.status() == AccountStatus.INVITED;
            return new Decision(Action.SIGN_IN, account.accountId(), link, pending, null);
        }

        static Decision create() {
            return new Decision(Action.CREATE, 0, true, false, null);
        }

        static Decision refuse(SsoRefusal refusal) {
            return new Decision(Action.REFUSE, 0, false, false, refusal);
        }
    }

    private CampusLinking() {
    }

    /**
     * @param linked        the account already linked to the person's issuer and subject
     * @param sameEmail     the account whose address is the person's e-mail address
     * @param campusAddress whether that address is on a campus domain
     */
    static Decision decide(ExternalIdentity person, Optional<Known> linked, Optional<Known> sameEmail, boolean campusAddress) {
        if (linked.isPresent()) {
            // The link, not the address, says who this is: the address may have changed since.
            return existing(linked.get(), false);
        }
        if (!person.hasEmail() || !person.emailVerified()) {
            return Decision.refuse(SsoRefusal.EMAIL_NOT_VERIFIED);
        }
        if (sameEmail.isPresent()) {
            if (sameEmail.get().linkedToAnotherSubject() && sameEmail.get().status() != AccountStatus.SUSPENDED) {
                // A recycled campus address must not hand the old owner's account to its new owner.
                return Decision.refuse(SsoRefusal.LINKED_TO_ANOTHER);
            }
            return existing(sameEmail.get(), true);
        }
        return campusAddress ? Decision.create() : Decision.refuse(SsoRefusal.NOT_CAMPUS);
    }

    private static Decision existing(Known account, boolean link) {
        if (account.status() == AccountStatus.SUSPENDED) {
            return Decision.refuse(SsoRefusal.SUSPENDED);
        }
        // Unverified and invited accounts become active: the campus vouches for the address.
        return Decision.signIn(account, link);
    }
}
