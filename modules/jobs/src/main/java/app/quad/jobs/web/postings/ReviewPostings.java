package app.quad.jobs.web.postings;

import app.quad.identity.CurrentUser;
import app.quad.jobs.Posting;
import app.quad.jobs.Postings;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs jobs/postings/review.xhtml: staff approve submitted postings or turn them down with a
 * reason the employer reads; held postings show screening's signals and wait for a moderator.
 */
@Named
@ViewScoped
public class ReviewPostings implements Serializable {

    @Inject
    Postings postings;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, String> reasons = new HashMap<>();

    private boolean trustVerified;

    @jakarta.annotation.PostConstruct
    void load() {
        trustVerified = postings.trustsVerifiedEmployers();
    }

    private final PagedModel<Posting> waiting = new PagedModel<>((first, max) -> postings.awaitingReview(currentUser.id(), first, max),
            posting -> Long.toString(posting.id()));

    public void approve(Posting posting) {
        try {
            postings.approve(currentUser.id(), posting.id());
            FieldMessages.info("\u201c" + posting.title() + "\u201d is published.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void reject(Posting posting) {
        try {
            postings.reject(currentUser.id(), posting.id(), reasons.get(posting.id()));
            reasons.remove(posting.id());
            FieldMessages.info("\u201c" + posting.title() + "\u201d is turned down; its people see your reason.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void savePolicy() {
        postings.trustVerifiedEmployers(currentUser.id(), trustVerified);
        FieldMessages.info(trustVerified ? "Verified employers' postings are now published without review."
                : "Every employer's postings now wait for your review.");
    }

    public boolean isTrustVerified() {
        return trustVerified;
    }

    public void setTrustVerified(boolean trustVerified) {
        this.trustVerified = trustVerified;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public PagedModel<Posting> getWaiting() {
        return waiting;
    }
}
