package app.quad.identity.web.account;

import app.quad.identity.CurrentUser;
import app.quad.identity.DataExport;
import app.quad.identity.PersonalDataExports;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Backs identity/account/data.xhtml: ask for an archive of your data, watch it being made, and
 * download it ({@code ?download=<id>}, only by its owner; anyone else gets 404).
 */
@Named
@ViewScoped
public class YourData implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    transient PersonalDataExports exports;

    @Inject
    transient CurrentUser currentUser;

    private Long download;

    private transient Optional<DataExport> latest;

    public void request() {
        exports.request(currentUser.id());
        latest = null;
    }

    public void refresh() {
        latest = null;
    }

    public DataExport getLatest() {
        if (latest == null) {
            latest = exports.latest(currentUser.id());
        }
        return latest.orElse(null);
    }

    public boolean isWorking() {
        DataExport export = getLatest();
        return export != null && export.working();
    }

    public String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format(Locale.ENGLISH, "%.1f MB", bytes / 1048576.0);
    }

    /** Streams the archive named by {@code ?download=}; another person's, or none, is 404. */
    public void downloadArchive() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<InputStream> archive = download == null ? Optional.empty() : exports.open(currentUser.id(), download);
        if (archive.isEmpty()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such export");
            faces.responseComplete();
            return;
        }
        try (InputStream in = archive.get()) {
            external.responseReset();
            external.setResponseContentType("application/zip");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"quad-data-" + download + ".zip\"");
            external.setResponseHeader("X-Content-Type-Options", "nosniff");
            external.setResponseHeader("Cache-Control", "no-store");
            in.transferTo(external.getResponseOutputStream());
        }
        faces.responseComplete();
    }

    public Long getDownload() {
        return download;
    }

    public void setDownload(Long download) {
        this.download = download;
    }
}
