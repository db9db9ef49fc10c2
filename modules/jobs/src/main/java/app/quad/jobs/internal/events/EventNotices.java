package app.quad.jobs.internal.events;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The events calendar's notices. A seat offered from the waiting list is mailed at once by
 * default: unlike most notices it is about a date that may be days away, so a digest could be too late.
 */
@ApplicationScoped
class EventNotices implements NotificationKinds {

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(JpaEvents.PROMOTED, "A seat opens up at an event you are waiting for", Delivery.EMAIL));
    }
}
