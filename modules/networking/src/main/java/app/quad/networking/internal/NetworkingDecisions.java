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
 * transaction: HIDE keeps the item out of sight pending review, DISMISS shows it again unless it was
 * removed, REMOVE takes it down until a granted appeal (RESTORE) puts it back. A message screening
 * held is delivered when let through, and its recipient told. Actions against the author are identity's.
 */
@ApplicationScoped
class NetworkingDecisions {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    JpaMessages messages;

    void decided(@Observes ModerationDecision decision) {
        boolean restore = decision.action() == ModerationAction.RESTORE;
        if (decision.target().kind().equals(MessageReported.KIND) && (restore || decision.action() == ModerationAction.DISMISS)
                && messages.release(decision.target().id(), restore)) {
            if (restore) {
                em.createNativeQuery("UPDATE networking_message SET removed_at = NULL WHERE id = ?")
                        .setParameter(1, decision.target().id()).executeUpdate();
            }
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
            // Reports rejected: what a moderator removed stays removed.
            case DISMISS -> "hidden = FALSE";
            case RESTORE -> "hidden = FALSE, removed_at = NULL";
            // A removed message stays hidden; a removed post or comment is out by removed_at alone.
            case REMOVE -> table.equals("networking_message") ? "hidden = TRUE, removed_at = ?" : "hidden = FALSE, removed_at = ?";
            default -> null;
        };
        if (change == null) {
            return;
        }
        String only = decision.action() == ModerationAction.DISMISS ? " AND removed_at IS NULL" : "";
        var update = em.createNativeQuery("UPDATE " + table + " SET " + change + " WHERE id = " + decision.target().id() + only);
        if (change.contains("?")) {
            update.setParameter(1, Timestamp.from(Instant.now()));
        }
        update.executeUpdate();
    }
}
