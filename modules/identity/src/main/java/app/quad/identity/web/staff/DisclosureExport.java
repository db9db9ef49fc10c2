package app.quad.identity.web.staff;

import app.quad.identity.CurrentUser;
import app.quad.identity.Disclosures;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Backs identity/staff/disclosures.xhtml: the disclosure record of a period, as CSV. */
@Named
@RequestScoped
public class DisclosureExport {

    @Inject
    Disclosures disclosures;

    @Inject
    CurrentUser currentUser;

    @NotNull(message = "Enter the first day.")
    private LocalDate from = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);

    @NotNull(message = "Enter the last day.")
    private LocalDate to = LocalDate.now(ZoneOffset.UTC);

    public void download() throws IOException {
        if (to.isBefore(from)) {
            FieldMessages.error("export:to", "The last day comes before the first.");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"disclosures-" + from + "-to-" + to + ".csv\"");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            disclosures.exportCsv(currentUser.id(), from.atStartOfDay().toInstant(ZoneOffset.UTC),
                    to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), out);
        }
        faces.responseComplete();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
