package app.quad.networking;

import app.quad.platform.Delivery;

import java.time.Instant;

/**
 * Sends digest mails. A scheduled worker calls it after each period's boundary (see
 * quad.notifications.* in config/quad.properties); calling it yourself runs a digest now.
 */
public interface NotificationDigests {

    /**
     * Sends each person one mail listing their notices that wait for this digest and came in before
     * the moment, and takes those notices off the waiting list, in one transaction per person: a
     * crash neither loses a digest nor sends one twice, and a second call finds nothing to send.
     *
     * @param period {@link Delivery#DAILY_DIGEST} or {@link Delivery#WEEKLY_DIGEST}
     * @return how many digest mails were queued
     */
    int send(Delivery period, Instant before);
}
