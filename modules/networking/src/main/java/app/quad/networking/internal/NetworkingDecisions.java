package app.quad.networking.internal;

import app.quad.networking.MessageReported;
import app.quad.networking.PostReported;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Carries out moderation's decisions about posts, comments and messages, in moderation's
 * transaction: HIDE keeps the item out of sight pending review, DISMISS shows it again, REMOVE takes
 * a post or comment down for good (a message stays hidden). A message screening held is delivered
 * when dismissed, and its recipient told. Actions against the author are identity's.
 */
@ApplicationScoped
class NetworkingDecisions {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    JpaMessages messages;

    void decided(@Observes ModerationDecision decision) {
        if (decision.target().kind().equals(MessageReported.KIND) && decision.action() == ModerationAction.DISMISS
                && messages.release(decision.target().id())) {
            return;
        }
        String table = switch (decision.target().kind()) {
            case PostReported.KIND -> "networking_post";
            case CommentReportable.KIND -> "networking_post_comment";
            case MessageReported.KIND -> "networking_message";
            default -> null;
        };
        if (table == null) {
            return;
        }
        String change = switch (decision.action()) {
            case HIDE -> "hidden = TRUE";
            // Shown again, also after a removal an appeal undid.
            case DISMISS -> table.equals("networking_message") ? "hidden = FALSE" : "hidden = FALSE, removed_at = NULL";
            case REMOVE -> table.equals("networking_message") ? "hidden = TRUE" : "hidden = FALSE, removed_at = ?";
            default -> null;
        };
        if (change == null) {
            return;
        }
        var update = em.createNativeQuery("UPDATE " + table + " SET " + change + " WHERE id = " + decision.target().id());
        if (change.contains("?")) {
            update.setParameter(1, Timestamp.from(Instant.now()));
        }
        update.executeUpdate();
    }
}
