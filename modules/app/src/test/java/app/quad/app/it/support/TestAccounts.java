package app.quad.app.it.support;

import app.quad.identity.Accounts;
import app.quad.identity.CampusDomains;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
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
 * Lets tests outside the server open active accounts with any roles (connected to another account
 * with {@code connectWith}, or writing to one with {@code messageTo}), add campus domains and verified organisations, have an account post
 * to the campus, and leave an account suspended for a period that has just ended
 * ({@code endedSuspension}, as if no sweep or sign-in had noticed yet).
 * Deployed only with the test archive.
 */
@WebServlet("/test-support/accounts")
public class TestAccounts extends HttpServlet {

    @Inject
    app.quad.groups.Groups groups;

    @Inject
    app.quad.groups.Discussions discussions;

    @Inject
    Accounts accounts;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/quad")
    javax.sql.DataSource db;

    @Inject
    CampusDomains campusDomains;

    @Inject
    Profiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    app.quad.networking.Feed feed;

    @Inject
    app.quad.networking.Connections connections;

    @Inject
    app.quad.networking.Messages messages;

    /** A verified organisation at the domain, added by a member of staff made for the purpose. */
    private long verifiedOrganisation(String domain) {
        String staffEmail = "org-adder@" + domain;
        long staff = accounts.findByEmail(staffEmail).map(account -> account.id()).orElseGet(() ->
                accounts.register(new NewAccount(staffEmail, "Organisation adder", "staff password 12345", Set.of(Role.STAFF))));
        return organisations.addVerified(staff, "Organisation " + domain, "https://www." + domain, domain);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String domain = request.getParameter("campusDomain");
        if (domain != null) {
            campusDomains.add(domain);
            return;
        }
        String organisationDomain = request.getParameter("verifiedOrganisation");
        if (organisationDomain != null) {
            response.setContentType("text/plain");
            response.getWriter().print(verifiedOrganisation(organisationDomain));
            return;
        }
        String email = request.getParameter("email");
        if (accounts.findByEmail(email).isEmpty()) {
            Set<Role> roles = Arrays.stream(request.getParameter("roles").split(","))
                    .map(Role::valueOf)
                    .collect(Collectors.toSet());
            String organisation = request.getParameter("organisationId");
            accounts.register(new NewAccount(email, request.getParameter("name"), request.getParameter("password"), roles,
                    organisation == null ? null : Long.valueOf(organisation)));
        }
        long id = accounts.findByEmail(email).orElseThrow().id();
        if ("true".equals(request.getParameter("publicProfile"))) {
            profiles.setVisibility(id, ProfileSection.PROFILE, Visibility.PUBLIC);
        }
        String school = request.getParameter("education");
        if (school != null) {
            profiles.addEducation(id, app.quad.identity.EducationEntry.input(school, "BSc", "History", 2023, 2027));
        }
        String visibility = request.getParameter("visibility");
        if (visibility != null) {
            String[] sectionAndLevel = visibility.split(":");
            profiles.setVisibility(id, ProfileSection.valueOf(sectionAndLevel[0]), Visibility.valueOf(sectionAndLevel[1]));
        }
        if ("true".equals(request.getParameter("endedSuspension"))) {
            Sql.execute(db, "UPDATE identity_account SET status = 'SUSPENDED', suspended_until = ? WHERE id = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), id);
        }
        String messageTo = request.getParameter("messageTo");
        if (messageTo != null) {
            messages.send(id, Long.parseLong(messageTo), "A message from the test support servlet.", null);
        }
        String connectWith = request.getParameter("connectWith");
        if (connectWith != null) {
            connections.accept(id, connections.request(Long.parseLong(connectWith), id, "Connected by the test support servlet."));
        }
        String post = request.getParameter("campusPost");
        String openGroup = request.getParameter("openGroup");
        response.setContentType("text/plain");
        if (openGroup != null) {
            // With openGroup, the answer is the new OPEN group's slug and the id of a thread in it, after a blank.
            var group = groups.create(id, new app.quad.groups.NewGroup(openGroup, "A group the tests open.",
                    app.quad.groups.GroupCategory.INTEREST, "Be kind.", app.quad.groups.GroupVisibility.OPEN));
            response.getWriter().print(group.slug() + " " + discussions.start(id, group.id(), "Welcome", "Say hello."));
            return;
        }
        // With campusPost, the answer is the new post's id instead of the account's.
        response.getWriter().print(post == null ? id : feed.publish(id, post, app.quad.networking.PostAudience.CAMPUS));
    }
}
