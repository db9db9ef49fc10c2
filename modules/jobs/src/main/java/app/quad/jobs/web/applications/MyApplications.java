package app.quad.jobs.web.applications;

import app.quad.identity.CurrentUser;
import app.quad.jobs.Application;
import app.quad.jobs.Applications;
import app.quad.jobs.Posting;
import app.quad.jobs.Postings;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs jobs/applications/mine.xhtml: the viewer's applications with their status, and their bookmarks. */
@Named
@ViewScoped
public class MyApplications implements Serializable {

    @Inject
    Applications applications;

    @Inject
    Postings postings;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<Application> list = new PagedModel<>((first, max) -> applications.mine(currentUser.id(), first, max),
            application -> Long.toString(application.id()));

    private final PagedModel<Posting> bookmarks = new PagedModel<>((first, max) -> postings.bookmarks(currentUser.id(), first, max),
            posting -> Long.toString(posting.id()));

    public void withdraw(Application application) {
        try {
            applications.withdraw(currentUser.id(), application.id());
            FieldMessages.info("Your application to \u201c" + application.postingTitle() + "\u201d is withdrawn.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public PagedModel<Application> getList() {
        return list;
    }

    public PagedModel<Posting> getBookmarks() {
        return bookmarks;
    }
}
