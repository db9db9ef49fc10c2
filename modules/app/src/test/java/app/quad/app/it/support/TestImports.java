package app.quad.app.it.support;

import app.quad.identity.AccountImport;
import app.quad.identity.AccountImports;
import app.quad.identity.Accounts;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Lets tests outside the server run an import without the page's multipart form, and look at
 * what it did in the database. Deployed only with the test archive.
 *
 * <ul>
 *   <li>POST {@code ?staff=<email>&file=<name>} with the CSV as body: imports it, waits until it has
 *       finished, and answers {@code id status created updated unchanged rejected}; a refused file
 *       answers 422 with the message.</li>
 *   <li>GET {@code ?account=<email>}: {@code status roles student_id graduation_year members outbox}.</li>
 *   <li>GET {@code ?jobs}: how many imports there are.</li>
 *   <li>POST {@code ?forgetMailTo=<domain>}: drops undelivered mail to the domain, so a large test
 *       import does not keep the mail worker busy for the tests after it.</li>
 * </ul>
 */
@WebServlet("/test-support/imports")
public class TestImports extends HttpServlet {

    private static final Duration LONGEST = Duration.ofMinutes(5);

    @Inject
    AccountImports imports;

    @Inject
    Accounts accounts;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        String domain = request.getParameter("forgetMailTo");
        if (domain != null) {
            response.getWriter().print(update("DELETE FROM platform_outbox WHERE status = 'PENDING' AND payload LIKE ?",
                    "%@" + domain + "\"%"));
            return;
        }
        long staff = accounts.findByEmail(request.getParameter("staff")).orElseThrow().id();
        long id;
        try {
            id = imports.start(staff, request.getParameter("file"), request.getInputStream().readAllBytes());
        } catch (Rejection rejection) {
            response.setStatus(422);
            response.getWriter().print(rejection.getMessage());
            return;
        }
        if (!Await.until(LONGEST, () -> imports.find(id).orElseThrow().finished())) {
            throw new IllegalStateException("import " + id + " did not finish within " + LONGEST);
        }
        AccountImport job = imports.find(id).orElseThrow();
        response.getWriter().print(job.id() + " " + job.status() + " " + job.created() + " " + job.updated() + " "
                + job.unchanged() + " " + job.rejected());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        if (request.getParameter("jobs") != null) {
            response.getWriter().print(query("SELECT COUNT(*) FROM identity_import_job"));
            return;
        }
        String email = request.getParameter("account");
        String id = query("SELECT id FROM identity_account WHERE email = ?", email);
        if (id == null) {
            response.getWriter().print("none");
            return;
        }
        response.getWriter().print(String.join(" ",
                query("SELECT status FROM identity_account WHERE id = ?", id),
                query("SELECT GROUP_CONCAT(role ORDER BY role) FROM identity_account_role WHERE account_id = ?", id),
                String.valueOf(query("SELECT student_id FROM identity_account WHERE id = ?", id)),
                String.valueOf(query("SELECT graduation_year FROM identity_account WHERE id = ?", id)),
                query("SELECT COUNT(*) FROM networking_member WHERE account_id = ?", id),
                query("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?", "%\"" + email + "\"%")));
    }

    private String query(String sql, String... params) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, String... params) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setString(i + 1, params[i]);
        }
        return statement;
    }
}
