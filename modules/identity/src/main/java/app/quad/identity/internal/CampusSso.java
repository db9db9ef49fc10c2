package app.quad.identity.internal;

import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Campus sign-in, for {@link QuadAuthentication}. Requests to the campus sign-in paths go to the
 * OpenID Connect mechanism that Jakarta Security defines from {@link SsoSettings}, which runs the
 * authorization code flow: state and nonce, the code exchanged with the client secret, the ID
 * token's signature, issuer, audience and expiry checked. Its verdict names a person of the
 * identity provider; {@link CampusLogins} turns that person into a Quad account before the
 * container hears of anyone.
 */
@ApplicationScoped
public class CampusSso {

    private static final Logger LOG = Logger.getLogger(CampusSso.class.getName());

    /** The page to return to after a campus sign-in, kept while the person is at the provider. */
    private static final String RETURN_PATH = "quad.identity.sso-return-path";

    @Inject
    SsoSettings settings;

    @Inject
    CampusLogins logins;

    @Inject
    OpenIdContext openId;

    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism openIdMechanism;

    boolean handles(HttpServletRequest request) {
        String path = path(request);
        return settings.isEnabled() && (SsoSettings.START.equals(path) || SsoSettings.CALLBACK.equals(path));
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        boolean start = SsoSettings.START.equals(path(request));
        if (start) {
            request.getSession(true).setAttribute(RETURN_PATH, request.getParameter("next"));
        }
        try {
            return openIdMechanism().validateRequest(request, response, new Verdict(context, start));
        } catch (AuthenticationException | RuntimeException e) {
            // An unreachable provider, an expired code, a token that does not check out.
            LOG.log(Level.WARNING, "Campus sign-in failed", e);
            return refuse(context, SsoRefusal.FAILED);
        }
    }

    /**
     * The page a campus sign-in was started from, as given (check it before use); asked once.
     */
    public Optional<String> takeReturnPath(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(RETURN_PATH) == null) {
            return Optional.empty();
        }
        String path = String.valueOf(session.getAttribute(RETURN_PATH));
        session.removeAttribute(RETURN_PATH);
        return Optional.of(path);
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private AuthenticationStatus refuse(HttpMessageContext context, SsoRefusal refusal) {
        LOG.info(() -> "Campus sign-in refused: " + refusal);
        // The session holds the provider's tokens of a person who is not signed in; a retry starts afresh.
        HttpSession session = context.getRequest().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return context.redirect(context.getRequest().getContextPath() + QuadAuthentication.SIGN_IN_PAGE
                + "?sso=" + refusal.code());
    }

    private ExternalIdentity person() {
        ExternalIdentity person = ExternalIdentity.fromClaims(openId.getIdentityToken().getClaims());
        // Some providers put the address only in the userinfo answer; ask for it only then.
        return person.hasEmail() ? person : person.withUserInfo(plain(openId.getClaimsJson()));
    }

    private static Map<String, Object> plain(JsonObject json) {
        Map<String, Object> values = new HashMap<>();
        json.forEach((name, value) -> {
            switch (value.getValueType()) {
                case STRING -> values.put(name, ((JsonString) value).getString());
                case TRUE -> values.put(name, Boolean.TRUE);
                case FALSE -> values.put(name, Boolean.FALSE);
                default -> {
                    // Numbers, arrays and objects say nothing the sign-in needs.
                }
            }
        });
        return values;
    }

    /**
     * The OpenID mechanism Soteria creates from the annotation on {@link SsoSettings}. It is a bean
     * of type HttpAuthenticationMechanism only, so it is found as the one that is not Quad's own.
     */
    private HttpAuthenticationMechanism openIdMechanism() {
        HttpAuthenticationMechanism current = openIdMechanism;
        if (current == null) {
            List<Bean<?>> others = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(bean -> !bean.getTypes().contains(QuadAuthentication.class))
                    .toList();
            if (others.size() != 1) {
                throw new IllegalStateException("Expected Jakarta Security's OpenID Connect mechanism beside"
                        + " QuadAuthentication, found " + others);
            }
            Bean<?> bean = others.get(0);
            current = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
            openIdMechanism = current;
        }
        return current;
    }

    /**
     * What the OpenID mechanism sees of the request: the start path counts as protected, so it sends
     * the person to the provider, and its verdict comes here instead of to the container.
     */
    private final class Verdict extends HttpMessageContextWrapper {

        private final boolean start;

        Verdict(HttpMessageContext context, boolean start) {
            super(context);
            this.start = start;
        }

        @Override
        public boolean isProtected() {
            return start || super.isProtected();
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // The provider's caller is not Quad's; @AutoApplySession on QuadAuthentication registers Quad's.
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return refuse(getWrapped(), SsoRefusal.FAILED);
            }
            SsoOutcome outcome = logins.signIn(person());
            if (!outcome.isSignedIn()) {
                return refuse(getWrapped(), outcome.refusal());
            }
            SignInService.startSession(getRequest(), outcome.sessionVersion());
            return getWrapped().notifyContainerAboutLogin(new CallerPrincipal(Long.toString(outcome.accountId())),
                    outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
    }
}
