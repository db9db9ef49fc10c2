package app.quad.identity.internal;

import app.quad.platform.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The wording of the mails identity sends. */
@ApplicationScoped
class IdentityMails {

    static final String VERIFY_PATH = "/identity/access/verify.xhtml?token=";
    static final String RESET_PATH = "/identity/access/reset.xhtml?token=";
    static final String INVITATION_PATH = "/identity/access/invitation.xhtml?token=";

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

    Mail resetPassword(String to, String name, String token) {
        String link = settings.baseUrl() + RESET_PATH + token;
        return new Mail(to, "Reset your Quad password", """
                Hello %s,

                Someone, hopefully you, asked to reset the password of your Quad account.
                To choose a new password, open this link within one hour:

                %s

                If it was not you, ignore this mail: your password stays as it is.

                Quad, run by your career center
                """.formatted(name, link));
    }

    Mail invitation(String to, String name, String token) {
        String link = settings.baseUrl() + INVITATION_PATH + token;
        return new Mail(to, "Your career center invites you to Quad", """
                Hello %s,

                Your career center has opened an account for you on Quad, the campus network where
                students and graduates meet employers, find jobs and keep in touch.
                To start, choose a password within 14 days:

                %s

                If you do not want to join, ignore this mail: nobody can use the account without a password.

                Quad, run by your career center
                """.formatted(name, link));
    }

    Mail passwordChanged(String to, String name) {
        return new Mail(to, "Your Quad password was changed", """
                Hello %s,

                The password of your Quad account was just changed, and every other session
                signed in to your account has ended.

                If you did not do this, reset your password at once from the sign-in page and
                tell the career center.

                Quad, run by your career center
                """.formatted(name));
    }

    Mail organisationVerified(String to, String name, String organisation) {
        return new Mail(to, organisation + " is verified on Quad", """
                Hello %s,

                The career center has verified %s. You can now post jobs and events and contact
                students through Quad.

                Quad, run by your career center
                """.formatted(name, organisation));
    }

    Mail organisationRestored(String to, String name, String organisation) {
        return new Mail(to, organisation + " is verified on Quad again", """
                Hello %s,

                The moderators have reviewed their decision to take %s off Quad and undone it.
                It is verified again: you can post jobs and events and contact students through Quad.
                Postings that closed when it was turned down stay closed, and those that went back to
                drafts wait for you to submit them again.

                Quad, run by your career center
                """.formatted(name, organisation));
    }

    Mail organisationRejected(String to, String name, String organisation, String reason) {
        return new Mail(to, organisation + " was not approved on Quad", """
                Hello %s,

                The career center has not approved %s on Quad, for this reason:

                %s

                If you think this is a mistake, please contact the career center.

                Quad, run by your career center
                """.formatted(name, organisation, reason));
    }
}
