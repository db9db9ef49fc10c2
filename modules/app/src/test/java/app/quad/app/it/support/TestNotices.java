package app.quad.app.it.support;

import app.quad.identity.Accounts;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;

/**
 * Lets tests outside the server notify a person (by e-mail address), as a module would, until
 * the modules have pages that cause notices. Deployed only with the test archive.
 */
@WebServlet("/test-support/notices")
public class TestNotices extends HttpServlet {

    @Inject
    Accounts accounts;

    @Inject
    Notifications notifications;

    @Resource
    UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long recipient = accounts.findByEmail(request.getParameter("email")).orElseThrow().id();
        try {
            tx.begin();
            notifications.notify(new Notice(recipient, request.getParameter("kind"), request.getParameter("text"),
                    request.getParameter("link")));
            tx.commit();
        } catch (Exception e) {
            throw new ServletException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(recipient);
    }
}
