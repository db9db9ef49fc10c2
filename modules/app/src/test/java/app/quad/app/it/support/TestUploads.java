package app.quad.app.it.support;

import app.quad.identity.Accounts;
import app.quad.identity.UploadKind;
import app.quad.identity.Uploads;
import app.quad.identity.internal.UploadSweep;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Lets tests outside the server store uploads without a page (the profile pages will come with
 * their own forms), and see what was stored. Deployed only with the test archive.
 *
 * <ul>
 *   <li>POST {@code ?owner=<email>&kind=PHOTO&name=<file name>} with the file as body: stores it and
 *       answers its id; a refused file answers 422 with the message. With {@code &rollback=true}
 *       the upload is stored in a transaction that is then rolled back.</li>
 *   <li>POST {@code ?delete=<id>}: deletes the upload.</li>
 *   <li>POST {@code ?grant=<id>&viewer=<email>} (or {@code viewer=everyone}): lets others see it, as
 *       a profile would ({@link GrantedUploads}).</li>
 *   <li>POST with {@code profile=true} as well: puts it on the owner's profile instead (photo or résumé).</li>
 *   <li>POST {@code ?sweep=true}: runs the hourly sweep of leftover files now and answers how many it removed.</li>
 *   <li>GET {@code ?owner=<email>}: how many uploads rows the account has.</li>
 * </ul>
 */
@WebServlet("/test-support/uploads")
public class TestUploads extends HttpServlet {

    @Inject
    Uploads uploads;

    @Inject
    Accounts accounts;

    @Inject
    GrantedUploads granted;

    @Inject
    UploadSweep sweep;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Inject
    app.quad.identity.Profiles profiles;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        if (request.getParameter("sweep") != null) {
            response.getWriter().print(sweep.sweep(Instant.now()));
            return;
        }
        if (request.getParameter("delete") != null) {
            uploads.delete(Long.parseLong(request.getParameter("delete")));
            return;
        }
        if (request.getParameter("grant") != null) {
            String viewer = request.getParameter("viewer");
            granted.grant(Long.parseLong(request.getParameter("grant")),
                    "everyone".equals(viewer) ? GrantedUploads.EVERYONE : accountId(viewer));
            return;
        }
        long owner = accountId(request.getParameter("owner"));
        UploadKind kind = UploadKind.valueOf(request.getParameter("kind"));
        String name = utf8Parameter(request, "name");
        try {
            if (Boolean.parseBoolean(request.getParameter("profile"))) {
                profiles.attach(owner, kind, name, request.getInputStream());
                var own = profiles.view(owner, owner).orElseThrow();
                response.getWriter().print(kind == UploadKind.PHOTO ? own.photoUploadId() : own.resumeUploadId());
            } else if (Boolean.parseBoolean(request.getParameter("rollback"))) {
                response.getWriter().print(storeAndRollBack(owner, kind, name, request));
            } else {
                response.getWriter().print(uploads.store(owner, kind, name, request.getInputStream()));
            }
        } catch (Rejection rejection) {
            response.setStatus(422);
            response.getWriter().print(rejection.getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        try (Connection connection = db.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM identity_upload WHERE owner_id = ?")) {
            count.setLong(1, accountId(request.getParameter("owner")));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                response.getWriter().print(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long storeAndRollBack(long owner, UploadKind kind, String name, HttpServletRequest request) throws IOException {
        try {
            transaction.begin();
            try {
                return uploads.store(owner, kind, name, request.getInputStream());
            } finally {
                transaction.rollback();
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A query parameter decoded as UTF-8, as the test encoded it, whatever the server's default for query strings. */
    private static String utf8Parameter(HttpServletRequest request, String name) {
        for (String pair : String.valueOf(request.getQueryString()).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private long accountId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }
}
