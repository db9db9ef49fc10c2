package app.quad.networking.web.messages;

import app.quad.identity.CurrentUser;
import app.quad.networking.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How many conversations wait for the signed-in person, counted once per request for the navigation and the inbox. */
@Named
@RequestScoped
public class MessageCounts {

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    private Long requests;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.signedIn() ? messages.unreadCount(currentUser.id()) : 0;
        }
        return unread;
    }

    public long getRequests() {
        if (requests == null) {
            requests = currentUser.signedIn() ? messages.requestCount(currentUser.id()) : 0;
        }
        return requests;
    }

    /** "Messages (2 new)": the count in words too, so that it is not a bare number to a screen reader. */
    public String getNavigationLabel() {
        long waiting = getUnread() + getRequests();
        return waiting == 0 ? "Messages" : "Messages (" + waiting + " new)";
    }
}
