package app.quad.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Signs people in and out of the current HTTP session, for the sign-in page. */
@ApplicationScoped
public class SignInService {

    /** The account's session version when this session signed in; see {@link SessionCheck}. */
    static final String SESSION_VERSION = "quad.identity.session-version";

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempt attempt;

    @Inject
    AccountSessions sessions;

    public SignInResult signIn(HttpServletRequest request, HttpServletResponse response, String email, String password) {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        SignInResult result = attempt.result().orElse(SignInResult.failed(SignInResult.Outcome.WRONG_CREDENTIALS));
        if (status == AuthenticationStatus.SUCCESS && result.outcome() == SignInResult.Outcome.SIGNED_IN) {
            startSession(request, result.sessionVersion());
        }
        return result;
    }

    /**
     * Keeps this session signed in after a change that ended all of the account's sessions, such
     * as the person changing their own password here.
     */
    public void renewSession(HttpServletRequest request, long accountId) {
        startSession(request, sessions.version(accountId));
    }

    /** What every way of signing in does to the session once it knows the account. */
    static void startSession(HttpServletRequest request, int sessionVersion) {
        // A new session id, so an id planted before sign-in (session fixation) is worthless.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_VERSION, sessionVersion);
    }

    public void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("sign-out failed", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
