package app.quad.networking.web.notifications;

import app.quad.identity.CurrentUser;
import app.quad.networking.NotificationCentre;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the shared layout: the signed-in person's unread count, counted once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationCentre centre;

    private Long unread;

    /** 0 for someone signed out, who sees no bell. */
    public long getUnread() {
        if (unread == null) {
            unread = currentUser.signedIn() ? centre.unreadCount(currentUser.id()) : 0L;
        }
        return unread;
    }

    /** The link's accessible name: on screen the count is a bare number beside the word. */
    public String getLabel() {
        long count = getUnread();
        return count == 0 ? "Notifications" : "Notifications, " + count + " unread";
    }
}
