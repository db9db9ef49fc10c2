package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.MessageSent;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Tells the recipient of a message, in the sending transaction; by default in the daily digest. */
@ApplicationScoped
class MessageNotices {

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    void sent(@Observes MessageSent event) {
        String sender = accounts.find(event.senderId()).map(AccountSummary::displayName).orElse("Someone");
        notifications.notify(new Notice(event.recipientId(), NetworkingKinds.MESSAGE_RECEIVED, sender + " sent you a message.",
                "/networking/messages/conversation.xhtml?with=" + event.senderId(), event.senderId()));
    }
}
