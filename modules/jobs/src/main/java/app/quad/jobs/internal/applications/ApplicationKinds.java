package app.quad.jobs.internal.applications;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The notices applications send: to students as their application moves, to a posting's author when someone applies. */
@ApplicationScoped
class ApplicationKinds implements NotificationKinds {

    static final String STATUS = "jobs.application-status";
    static final String RECEIVED = "jobs.application-received";

    @Override
    public List<NotificationKind> kinds() {
        // Daily: a pipeline change matters, but rarely within the hour.
        return List.of(new NotificationKind(STATUS, "Your job application moves on (reviewed, interview, offer, decision)",
                Delivery.DAILY_DIGEST),
                new NotificationKind(RECEIVED, "Someone applies to a job you posted", Delivery.DAILY_DIGEST));
    }
}
