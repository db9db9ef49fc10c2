package app.quad.identity.internal;

import app.quad.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** Sends the link that confirms an account's e-mail address. */
@ApplicationScoped
class AddressConfirmation {

    @Inject
    Tokens tokens;

    @Inject
    IdentityMails mails;

    @Inject
    Mailer mailer;

    void send(Account account, Instant now) {
        String token = tokens.issue(account.getId(), Token.Purpose.VERIFY_EMAIL, now);
        mailer.send(mails.confirmAddress(account.getEmail(), account.getDisplayName(), token));
    }
}
