package app.quad.identity.internal;

import app.quad.platform.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The wording of the mails identity sends. */
@ApplicationScoped
class IdentityMails {

    static final String VERIFY_PATH = "/identity/access/verify.xhtml?token=";

    @Inject
    IdentitySettings settings;

    Mail confirmAddress(String to, String name, String token) {
        String link = settings.baseUrl() + VERIFY_PATH + token;
        return new Mail(to, "Confirm your e-mail address for Quad", """
                Hello %s,

                Someone, hopefully you, signed up for Quad, your career center's network, with this address.
                To confirm it and start using your account, open this link within 48 hours:

                %s

                If it was not you, ignore this mail: the account stays inactive without the link.

                Quad, run by your career center
                """.formatted(name, link));
    }
}
