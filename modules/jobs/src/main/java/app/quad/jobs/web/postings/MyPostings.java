package app.quad.jobs.web.postings;

import app.quad.identity.CurrentUser;
import app.quad.jobs.Posting;
import app.quad.jobs.Postings;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs jobs/postings/mine.xhtml: the postings of the viewer's organisation (staff: their own), in every state. */
@Named
@ViewScoped
public class MyPostings implements Serializable {

    @Inject
    Postings postings;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<Posting> list = new PagedModel<>((first, max) -> postings.mine(currentUser.id(), first, max),
            posting -> Long.toString(posting.id()));

    public PagedModel<Posting> getList() {
        return list;
    }
}
