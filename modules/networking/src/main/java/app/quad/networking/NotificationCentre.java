package app.quad.networking;

import app.quad.platform.Delivery;
import app.quad.platform.ResultPage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's notifications and their choice of delivery per kind. Notices come in through the
 * platform's {@link app.quad.platform.Notifications}, which this module implements.
 */
public interface NotificationCentre {

    /** The person's notices, newest first. */
    ResultPage<Notification> list(long accountId, int first, int pageSize);

    /** How many of the person's notices are unread; cheap enough for every page. */
    long unreadCount(long accountId);

    /**
     * Marks the person's notice read.
     *
     * @return where it leads, or empty when the person has no such notice
     */
    Optional<String> open(long accountId, long notificationId);

    /** @return how many notices were unread */
    int markAllRead(long accountId);

    /**
     * Deletes everyone's notices from before the moment, read or not, except those still waiting
     * for a digest. A worker calls it with quad.notifications.keep-days.
     *
     * @return how many went
     */
    int deleteOlderThan(java.time.Instant before);

    /** Every kind any module declares, with the person's delivery for it. */
    List<NotificationSetting> settings(long accountId);

    /**
     * Stores the person's choices, by kind key; kinds left out keep what they had.
     *
     * @throws app.quad.platform.Rejection naming the kind, when no module declares it or no delivery is given
     */
    void choose(long accountId, Map<String, Delivery> choices);
}
