package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.ConnectionAccepted;
import app.quad.networking.ConnectionRequested;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Tells people about connection requests and acceptances, in the transaction that made them. */
@ApplicationScoped
class ConnectionNotices {

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    void requested(@Observes ConnectionRequested event) {
        notifications.notify(new Notice(event.recipientId(), NetworkingKinds.CONNECTION_REQUESTED,
                nameOf(event.requesterId()) + " asked to connect with you.", "/networking/connections/requests.xhtml",
                event.requesterId()));
    }

    void accepted(@Observes ConnectionAccepted event) {
        notifications.notify(new Notice(event.a(), NetworkingKinds.CONNECTION_ACCEPTED,
                nameOf(event.b()) + " accepted your request to connect.", "/identity/profile/view.xhtml?id=" + event.b(),
                event.b()));
    }

    private String nameOf(long accountId) {
        return accounts.find(accountId).map(AccountSummary::displayName).orElse("Someone");
    }
}
