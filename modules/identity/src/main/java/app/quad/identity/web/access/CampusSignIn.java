package app.quad.identity.web.access;

import app.quad.identity.internal.CampusSso;
import app.quad.identity.internal.SsoRefusal;
import app.quad.identity.internal.SsoSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The campus sign-in paths. The authentication mechanism has done the work before a request gets
 * here, sending the person to the identity provider or signing them in on their return; what
 * arrives is sent on: a signed-in person to the page they started from, anyone else back to the
 * sign-in page. While campus sign-in is off, the paths do not exist.
 */
@WebServlet({SsoSettings.START, SsoSettings.CALLBACK})
public class CampusSignIn extends HttpServlet {

    static final String SIGN_IN_PAGE = "/identity/access/signin.xhtml";

    @Inject
    SsoSettings settings;

    @Inject
    CampusSso campus;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getUserPrincipal() == null) {
            // Back from the provider without a verdict: cancelled there, or an old or forged link.
            response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE + "?sso=" + SsoRefusal.FAILED.code());
            return;
        }
        // Already signed in when starting, or just signed in on the way back.
        String next = campus.takeReturnPath(request).orElse(request.getParameter("next"));
        response.sendRedirect(request.getContextPath() + ReturnPath.orHome(next));
    }
}
