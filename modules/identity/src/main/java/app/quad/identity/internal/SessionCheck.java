package app.quad.identity.internal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;

/**
 * Ends a signed-in session as soon as its account is suspended or its password changes: every
 * request of a signed-in caller checks the account's session version, so no session outlives
 * the decision, on whichever server it lives.
 */
@WebFilter(urlPatterns = "/*")
public class SessionCheck extends HttpFilter {

    static final String ENDED_PAGE = QuadAuthentication.SIGN_IN_PAGE + "?ended=true";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    AccountSessions sessions;

    @Inject
    SignInService signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        // Stylesheets and scripts are the same for everyone; a page fetches several, and the page
        // request itself is checked, so they need no database look-up each.
        boolean resource = request.getServletPath().startsWith(FACES_RESOURCES);
        if (caller == null || resource || isCurrent(caller, request.getSession(false))) {
            chain.doFilter(request, response);
            return;
        }
        signIn.signOut(request);
        String target = request.getContextPath() + ENDED_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request must be told to redirect in the Faces partial-response format.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    private boolean isCurrent(Principal caller, HttpSession session) {
        Object version = session == null ? null : session.getAttribute(SignInService.SESSION_VERSION);
        try {
            return version instanceof Integer v && sessions.isCurrent(Long.parseLong(caller.getName()), v);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
