package app.quad.networking.internal;

import app.quad.identity.Accounts;
import app.quad.networking.MessageReported;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Messages, as moderation sees them ({@code networking.message}). A message is private: only the two
 * people of its conversation see it, so only they find it here; moderators see the one message reported,
 * never the rest of the conversation.
 */
@ApplicationScoped
class MessageReportable implements ReportableContent {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    public boolean handles(String kind) {
        return MessageReported.KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        StoredMessage message = em.find(StoredMessage.class, id);
        if (message == null || message.isHidden() || em.createNativeQuery(
                        "SELECT 1 FROM networking_participant WHERE account_id = ? AND conversation_id = ?")
                .setParameter(1, viewerId).setParameter(2, message.getConversationId()).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return find(id);
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return Optional.ofNullable(em.find(StoredMessage.class, id)).map(message -> new ReportedItem(
                new ReportTarget(MessageReported.KIND, id), message.getSenderId(), "Message from " + Names.of(accounts, message.getSenderId()),
                message.getBody(), null, message.getCreatedAt(), message.isHidden()));
    }
}
