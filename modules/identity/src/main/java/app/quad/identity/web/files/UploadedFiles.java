package app.quad.identity.web.files;

import app.quad.identity.CurrentUser;
import app.quad.identity.StoredUpload;
import app.quad.identity.UploadServed;
import app.quad.identity.UploadVariant;
import app.quad.identity.Uploads;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves uploads at {@code /files/<id>/<variant>}, e.g. {@code /files/42/thumbnail}, to those who
 * may see them ({@link Uploads#visibleTo}). Anyone else, and any unknown address, gets 404, so the
 * answer does not tell whether an upload exists.
 *
 * <p>The type served is the one Quad found, never one from the request, and browsers are told not
 * to guess another ({@code nosniff}). PDFs are downloaded, not shown; images are shown. Should a
 * file ever be opened as a page anyway, its own policy forbids scripts and everything else.
 * Caches are private, because who may see an upload can change; PDFs are checked again at every
 * use, photos after five minutes. Uploads never change, so the ETag is fixed.
 */
@WebServlet("/files/*")
public class UploadedFiles extends HttpServlet {

    static final String POLICY = "default-src 'none'; sandbox";

    private static final Logger LOG = Logger.getLogger(UploadedFiles.class.getName());
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})/(original|display|thumbnail)");

    @Inject
    Event<UploadServed> served;

    @Inject
    Uploads uploads;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UploadVariant variant = UploadVariant.valueOf(path.group(2).toUpperCase(Locale.ROOT));
        Optional<Long> viewer = currentUser.signedIn() ? Optional.of(currentUser.id()) : Optional.empty();
        Optional<StoredUpload> found = uploads.find(Long.parseLong(path.group(1)))
                .filter(upload -> upload.offers(variant) && uploads.visibleTo(upload, viewer));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredUpload upload = found.get();
        String etag = "\"" + upload.id() + "-" + upload.createdAt().toEpochMilli() + "-" + path.group(2) + "\"";
        if (matches(request.getHeader("If-None-Match"), etag)) {
            headers(response, upload, variant, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!withBody) {
            headers(response, upload, variant, etag);
            return;
        }
        InputStream content;
        try {
            content = uploads.open(upload.id(), variant);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The file of upload " + upload.id() + " (" + variant + ") cannot be read", e);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = content) {
            headers(response, upload, variant, etag);
            in.transferTo(response.getOutputStream());
        }
        // Profiles log an employer's résumé download in the disclosure record.
        served.fire(new UploadServed(upload.id(), upload.ownerId(), upload.kind(), viewer.orElse(null)));
    }

    private static void headers(HttpServletResponse response, StoredUpload upload, UploadVariant variant, String etag) {
        boolean pdf = "application/pdf".equals(upload.contentType());
        String extension = pdf ? "pdf" : "image/png".equals(upload.contentType()) ? "png" : "jpg";
        response.setContentType(upload.contentType());
        if (variant == UploadVariant.ORIGINAL) {
            response.setContentLengthLong(upload.size());
        }
        response.setHeader("Content-Disposition", DownloadName.header(pdf ? "attachment" : "inline",
                upload.originalName(), extension, upload.kind().name().toLowerCase(Locale.ROOT)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Cache-Control", pdf ? "private, no-cache" : "private, max-age=300");
        response.setHeader("ETag", etag);
    }

    /** Whether an If-None-Match header names the ETag (weak or strong) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
