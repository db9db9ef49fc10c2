package app.quad.networking.internal;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** People's own deliveries per kind (networking_notification_setting); the kind's default stands in for a missing row. */
@ApplicationScoped
class NotificationChoices {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    Delivery deliveryOf(long accountId, NotificationKind kind) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "SELECT delivery FROM networking_notification_setting WHERE account_id = ? AND kind = ?")
                .setParameter(1, accountId).setParameter(2, kind.key())
                .getResultList();
        return rows.isEmpty() ? kind.defaultDelivery() : parse(rows.get(0), kind);
    }

    Map<String, Delivery> chosen(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, delivery FROM networking_notification_setting WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        Map<String, Delivery> chosen = new HashMap<>();
        for (Object[] row : rows) {
            try {
                chosen.put((String) row[0], Delivery.valueOf((String) row[1]));
            } catch (IllegalArgumentException e) {
                // A delivery this version no longer knows: the kind's default applies.
            }
        }
        return chosen;
    }

    /** One statement whether or not the person chose before, so two saves at once cannot collide. */
    void choose(long accountId, String kind, Delivery delivery, Instant now) {
        em.createNativeQuery("INSERT INTO networking_notification_setting (account_id, kind, delivery, chosen_at)"
                        + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE delivery = VALUES(delivery), chosen_at = VALUES(chosen_at)")
                .setParameter(1, accountId).setParameter(2, kind).setParameter(3, delivery.name())
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
    }

    private static Delivery parse(String stored, NotificationKind kind) {
        try {
            return Delivery.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return kind.defaultDelivery();
        }
    }
}
