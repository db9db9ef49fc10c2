package app.quad.moderation.web.audit;

import app.quad.identity.CurrentUser;
import app.quad.moderation.AuditLog;
import app.quad.moderation.AuditRecord;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Backs moderation/audit/log.xhtml: administrators search the audit log and export it as CSV. */
@Named
@ViewScoped
public class AuditSearch implements Serializable {

    @Inject
    AuditLog log;

    @Inject
    CurrentUser currentUser;

    private String text;
    private String from;
    private String to;
    private Instant fromAt;
    private Instant toAt;

    private final PagedModel<AuditRecord> entries = new PagedModel<>(
            (first, max) -> log.search(currentUser.id(), text, null, fromAt, toAt, first, max), entry -> Long.toString(entry.id()));

    public void find() {
        dates();
    }

    /** Parses the two dates (yyyy-mm-dd, UTC; "to" includes its whole day). */
    private boolean dates() {
        try {
            fromAt = from == null || from.isBlank() ? null : LocalDate.parse(from.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            FieldMessages.error("search:from", "Enter a date as 2026-11-23.");
            return false;
        }
        try {
            toAt = to == null || to.isBlank() ? null : LocalDate.parse(to.strip()).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            FieldMessages.error("search:to", "Enter a date as 2026-11-23.");
            return false;
        }
        return true;
    }

    public void export() throws IOException {
        if (!dates()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"quad-audit.csv\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        log.export(currentUser.id(), text, null, fromAt, toAt, out);
        out.flush();
        faces.responseComplete();
    }

    public PagedModel<AuditRecord> getEntries() { return entries; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
