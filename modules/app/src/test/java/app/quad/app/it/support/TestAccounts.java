package app.quad.app.it.support;

import app.quad.identity.Accounts;
import app.quad.identity.CampusDomains;
import app.quad.identity.NewAccount;
import app.quad.identity.ProfileSection;
import app.quad.identity.Profiles;
import app.quad.identity.Visibility;
import app.quad.identity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets tests outside the server open active accounts with any roles, and list campus domains.
 * Deployed only with the test archive.
 */
@WebServlet("/test-support/accounts")
public class TestAccounts extends HttpServlet {

    @Inject
    Accounts accounts;

    @Inject
    CampusDomains campusDomains;

    @Inject
    Profiles profiles;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String domain = request.getParameter("campusDomain");
        if (domain != null) {
            campusDomains.add(domain);
            return;
        }
        String email = request.getParameter("email");
        if (accounts.findByEmail(email).isEmpty()) {
            Set<Role> roles = Arrays.stream(request.getParameter("roles").split(","))
                    .map(Role::valueOf)
                    .collect(Collectors.toSet());
            accounts.register(new NewAccount(email, request.getParameter("name"), request.getParameter("password"), roles));
        }
        long id = accounts.findByEmail(email).orElseThrow().id();
        if ("true".equals(request.getParameter("publicProfile"))) {
            profiles.setVisibility(id, ProfileSection.PROFILE, Visibility.PUBLIC);
        }
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
