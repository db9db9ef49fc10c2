package app.quad.platform.web;

import app.quad.platform.Audience;
import app.quad.platform.PageAccess;
import app.quad.platform.internal.PageRules;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets a request reach a view only if the view's declared audience admits the caller (see
 * {@link PageAccess}). A signed-out caller is sent to sign in through Jakarta Security; a
 * signed-in caller without the role gets 403; a view nobody declared gets 404.
 */
@WebFilter(urlPatterns = "/*")
public class PageGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageGuard.class.getName());
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    @Any
    Instance<PageAccess> modules;

    private volatile PageRules rules;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = viewPath(request);
        if (view == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Audience> audience = rules().audienceOf(view);
        if (audience.isEmpty()) {
            LOG.warning(() -> "No module declares who may open " + view + "; refused");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean signedIn = request.getUserPrincipal() != null;
        if (audience.get().admits(signedIn, request::isUserInRole)) {
            chain.doFilter(request, response);
        } else if (!signedIn) {
            // The authentication mechanism answers, normally by redirecting to the sign-in page.
            boolean authenticated = request.authenticate(response);
            if (authenticated && request.getUserPrincipal() != null && audience.get().admits(true, request::isUserInRole)) {
                chain.doFilter(request, response);
            } else if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The view a request is for, or null for anything that is not a view (scripts, health). */
    static String viewPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.endsWith("/")) {
            return path + (path.isEmpty() ? "/" : "") + "index.xhtml";
        }
        if (path.startsWith(FACES_RESOURCES) || !path.endsWith(".xhtml")) {
            return null;
        }
        return path;
    }

    private PageRules rules() {
        PageRules current = rules;
        if (current == null) {
            current = new PageRules(modules.stream().flatMap(module -> module.pages().stream()).toList());
            rules = current;
        }
        return current;
    }
}
