package app.quad.moderation.internal;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The notices moderation sends. Warnings and decisions about one's own things go by e-mail at once. */
@ApplicationScoped
class ModerationKinds implements NotificationKinds {

    static final String OUTCOME = "moderation.outcome";
    static final String DECISION = "moderation.decision";
    static final String APPEAL = "moderation.appeal";

    @Override
    public List<NotificationKind> kinds() {
        return List.of(new NotificationKind(OUTCOME, "Moderators decided about something you reported", Delivery.IN_APP),
                new NotificationKind(DECISION, "Moderators acted on something of yours, or warned you", Delivery.EMAIL),
                new NotificationKind(APPEAL, "Moderators answered your appeal", Delivery.EMAIL));
    }
}
