package app.quad.moderation.web.reports;

import app.quad.identity.CurrentUser;
import app.quad.moderation.Moderation;
import app.quad.moderation.MyReport;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs moderation/reports/mine.xhtml: what the member reported and what became of it. */
@Named
@ViewScoped
public class MyReports implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<MyReport> reports = new PagedModel<>(
            (first, max) -> moderation.reportsBy(currentUser.id(), first, max),
            report -> report.caseId() + "-" + report.at().toEpochMilli());

    public PagedModel<MyReport> getReports() {
        return reports;
    }
}
