package app.quad.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session settings that depend on the installation: the idle timeout, and whether the session
 * cookie is marked Secure (set {@code quad.https=true} when Quad is reached over HTTPS, usually
 * through a TLS-terminating proxy, where the server itself cannot tell). The cookie is always
 * HttpOnly; SameSite=Lax comes from WEB-INF/glassfish-web.xml, because Payara ignores the Servlet 6
 * cookie attribute set here or in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "quad.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "quad.https", defaultValue = "false")
    boolean https;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTimeout(idleMinutes);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
    }
}
