package app.quad.identity.web.staff;

import app.quad.identity.AccountImport;
import app.quad.identity.AccountImports;
import app.quad.identity.CurrentUser;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Backs identity/staff/import.xhtml: staff upload a CSV file of students and graduates, watch the
 * import run, and download each import's report ({@code ?report=<id>}).
 */
@Named
@ViewScoped
public class ImportStudents implements Serializable {

    static final int PAGE_SIZE = 10;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    @Inject
    AccountImports imports;

    @Inject
    CurrentUser currentUser;

    /** Only ever set and read within the upload request. */
    private transient Part file;

    private Long report;

    private Boolean active;

    private final Recent recent = new Recent();

    public void upload() throws IOException {
        active = null;
        if (file == null || file.getSize() == 0) {
            FieldMessages.error("upload:file", "Choose a CSV file to import.");
            return;
        }
        if (file.getSize() > AccountImports.MAX_FILE_BYTES) {
            FieldMessages.error("upload:file", "The file is larger than 10 MB. Split it into smaller files"
                    + " and import them one after the other.");
            return;
        }
        try {
            String name = file.getSubmittedFileName();
            long id = imports.start(currentUser.id(), name, file.getInputStream().readAllBytes());
            int rows = imports.find(id).map(AccountImport::totalRows).orElse(0);
            FieldMessages.info("The import of " + name + " has started: " + rows
                    + (rows == 1 ? " row" : " rows") + ". Its progress shows below; you may leave this page.");
        } catch (Rejection rejection) {
            FieldMessages.show("upload", rejection);
        } finally {
            file.delete();
            file = null;
        }
    }

    /** Called by the page's poll; the next question about the imports asks the database again. */
    public void refresh() {
        active = null;
    }

    /** Whether an import on the first page is still waiting or running, so the page keeps polling. */
    public boolean isActive() {
        if (active == null) {
            active = imports.recent(0, PAGE_SIZE).stream().anyMatch(job -> !job.finished());
        }
        return active;
    }

    /** Streams the report of the import named by {@code ?report=} as a CSV download. */
    public void downloadReport() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (report == null || imports.find(report).isEmpty()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such import");
            faces.responseComplete();
            return;
        }
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"import-" + report + "-report.csv\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        imports.writeReport(report, out);
        out.flush();
        faces.responseComplete();
    }

    public String statusLabel(AccountImport job) {
        return switch (job.status()) {
            case QUEUED -> "Waiting for the import before it";
            case RUNNING -> "Running: " + job.processed() + " of " + job.totalRows() + " rows";
            case DONE -> "Done: " + job.totalRows() + (job.totalRows() == 1 ? " row" : " rows");
            case FAILED -> "Stopped after " + job.processed() + " of " + job.totalRows() + " rows";
        };
    }

    public String when(AccountImport job) {
        return WHEN.format(job.queuedAt().atZone(ZoneId.systemDefault()));
    }

    public LazyDataModel<AccountImport> getRecent() {
        return recent;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getReport() {
        return report;
    }

    public void setReport(Long report) {
        this.report = report;
    }

    /** The imports, newest first, a page at a time: they pile up term after term. */
    private class Recent extends LazyDataModel<AccountImport> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) imports.count();
        }

        @Override
        public List<AccountImport> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return imports.recent(first, pageSize);
        }

        @Override
        public String getRowKey(AccountImport job) {
            return Long.toString(job.id());
        }
    }
}
