package app.quad.networking.internal;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The notices networking sends. Defaults lean to digests: a stream of single mails is why people tune out. */
@ApplicationScoped
class NetworkingKinds implements NotificationKinds {

    static final String CONNECTION_REQUESTED = "connection.requested";
    static final String CONNECTION_ACCEPTED = "connection.accepted";
    static final String MESSAGE_RECEIVED = "message.received";
    static final String FEED_POST = "feed.post";

    @Override
    public List<NotificationKind> kinds() {
        return List.of(
                new NotificationKind(CONNECTION_REQUESTED, "Someone asks to connect with you", Delivery.DAILY_DIGEST),
                new NotificationKind(CONNECTION_ACCEPTED, "Someone accepts your request to connect", Delivery.WEEKLY_DIGEST),
                new NotificationKind(MESSAGE_RECEIVED, "Someone sends you a message", Delivery.DAILY_DIGEST),
                // Off by default: the feed is there to be visited. A digest replaces visiting it.
                new NotificationKind(FEED_POST, "New posts in your feed (choose a digest to read your feed by e-mail instead)",
                        Delivery.OFF));
    }
}
