package app.quad.identity.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How people sign in to Quad, as a Jakarta Security mechanism: the sign-in page hands over the
 * credentials, the session remembers the caller afterwards ({@link AutoApplySession}), and a
 * signed-out visitor who opens a protected page is sent to the sign-in page, which returns them
 * there afterwards. Campus sign-in requests are handed to {@link CampusSso}.
 * <p>
 * Jakarta Security 3 lets the container use one mechanism per application, and the OpenID Connect
 * definition on {@link SsoSettings} makes a second. Being an enabled alternative makes this the
 * one the container uses; the OpenID mechanism works only through it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@AutoApplySession
@ApplicationScoped
class QuadAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/identity/access/signin.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CampusSso campus;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (campus.handles(request)) {
            return campus.validateRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            // The sign-in page explains the failure; the response itself is left alone.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A page guard asking who the caller is (HttpServletRequest.authenticate) makes the request protected.
        if (context.isProtected() || context.isAuthenticationRequest()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next=" + returnPath(request));
        }
        return context.doNothing();
    }

    /** Where to return after signing in: the page asked for, as a path within Quad. */
    private static String returnPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
