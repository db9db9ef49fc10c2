package app.quad.groups.internal;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The notices groups send; all lean to the daily digest, so a busy group never floods anyone's inbox. */
@ApplicationScoped
class GroupKinds implements NotificationKinds {

    static final String MENTION = "groups.mention";
    static final String REPLY = "groups.reply";
    static final String POST = "groups.post";
    static final String FOR_MANAGERS = "groups.manage";
    static final String INVITED = "groups.invited";

    @Override
    public List<NotificationKind> kinds() {
        return List.of(
                new NotificationKind(MENTION, "Someone mentions you in a group", Delivery.DAILY_DIGEST),
                new NotificationKind(REPLY, "Someone replies to your thread in a group", Delivery.DAILY_DIGEST),
                // Only for the groups where the member turned "Tell me about new threads" on.
                new NotificationKind(POST, "New threads in groups where you asked to hear of them", Delivery.DAILY_DIGEST),
                new NotificationKind(FOR_MANAGERS, "Requests to join and first posts waiting in groups you manage", Delivery.DAILY_DIGEST),
                new NotificationKind(INVITED, "Someone invites you to a group", Delivery.DAILY_DIGEST));
    }
}
