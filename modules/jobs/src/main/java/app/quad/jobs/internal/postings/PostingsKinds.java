package app.quad.jobs.internal.postings;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The notices postings send to employers. */
@ApplicationScoped
class PostingsKinds implements NotificationKinds {

    static final String REVIEWED = "jobs.posting-reviewed";
    static final String SAVED_SEARCH = "jobs.saved-search";

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(REVIEWED, "The career center approves or turns down your job posting", Delivery.IN_APP),
                // Digest by default: a busy board would otherwise mail students several times a day.
                new NotificationKind(SAVED_SEARCH, "A new job posting matches one of your saved searches", Delivery.DAILY_DIGEST));
    }
}
