package app.quad.networking.internal;

import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountSuspended;
import app.quad.networking.ConnectionAccepted;
import app.quad.networking.MemberBlocked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** How conversations follow what happens to people and their connections, in the same transaction. */
@ApplicationScoped
class ConversationEvents {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    /** A suspended person's messages disappear from everyone else's inbox and threads until reactivation. */
    void suspended(@Observes AccountSuspended event) {
        hide(event.accountId(), true);
    }

    void reactivated(@Observes AccountReactivated event) {
        hide(event.accountId(), false);
    }

    private void hide(long accountId, boolean hidden) {
        em.createNativeQuery("UPDATE networking_participant SET other_suspended = ? WHERE other_id = ?")
                .setParameter(1, hidden).setParameter(2, accountId).executeUpdate();
    }

    /** Connections write freely: a message request between two who have just connected is a conversation. */
    void connected(@Observes ConnectionAccepted event) {
        em.createNativeQuery("UPDATE networking_conversation SET status = 'ACTIVE' WHERE low_id = ? AND high_id = ?")
                .setParameter(1, Math.min(event.a(), event.b())).setParameter(2, Math.max(event.a(), event.b())).executeUpdate();
        em.createNativeQuery("UPDATE networking_participant SET folder = 'INBOX' WHERE account_id IN (?, ?) AND other_id IN (?, ?)")
                .setParameter(1, event.a()).setParameter(2, event.b()).setParameter(3, event.a()).setParameter(4, event.b())
                .executeUpdate();
    }

    /** Blocking someone also declines the message request they sent, so it leaves the blocker's requests. */
    void blocked(@Observes MemberBlocked event) {
        int declined = em.createNativeQuery("UPDATE networking_conversation SET status = 'DECLINED'"
                        + " WHERE low_id = ? AND high_id = ? AND status = 'REQUESTED' AND requested_by = ?")
                .setParameter(1, Math.min(event.blockerId(), event.blockedId()))
                .setParameter(2, Math.max(event.blockerId(), event.blockedId()))
                .setParameter(3, event.blockedId()).executeUpdate();
        if (declined > 0) {
            em.createNativeQuery("UPDATE networking_participant SET folder = 'DECLINED' WHERE account_id = ? AND other_id = ?")
                    .setParameter(1, event.blockerId()).setParameter(2, event.blockedId()).executeUpdate();
        }
    }
}
