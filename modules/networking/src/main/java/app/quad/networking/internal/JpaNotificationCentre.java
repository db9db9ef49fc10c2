package app.quad.networking.internal;

import app.quad.networking.Notification;
import app.quad.networking.NotificationCentre;
import app.quad.networking.NotificationSetting;
import app.quad.platform.Delivery;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaNotificationCentre implements NotificationCentre {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    KindCatalogue kinds;

    @Inject
    NotificationChoices choices;

    @Override
    public ResultPage<Notification> list(long accountId, int first, int pageSize) {
        List<Notification> items = em.createNamedQuery("StoredNotification.ofRecipient", StoredNotification.class)
                .setParameter("recipient", accountId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList().stream().map(StoredNotification::view).toList();
        long total = em.createNamedQuery("StoredNotification.countOfRecipient", Long.class)
                .setParameter("recipient", accountId).getSingleResult();
        return new ResultPage<>(items, total);
    }

    @Override
    public long unreadCount(long accountId) {
        return em.createNamedQuery("StoredNotification.countUnread", Long.class)
                .setParameter("recipient", accountId).getSingleResult();
    }

    @Override
    @Transactional
    public Optional<String> open(long accountId, long notificationId) {
        StoredNotification notification = em.find(StoredNotification.class, notificationId);
        if (notification == null || notification.getRecipientId() != accountId) {
            return Optional.empty();
        }
        notification.read(Instant.now());
        return Optional.of(notification.getLink());
    }

    @Override
    @Transactional
    public int markAllRead(long accountId) {
        return em.createNativeQuery("UPDATE networking_notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, accountId)
                .executeUpdate();
    }

    @Override
    public List<NotificationSetting> settings(long accountId) {
        Map<String, Delivery> chosen = choices.chosen(accountId);
        return kinds.all().stream()
                .map(kind -> new NotificationSetting(kind, chosen.getOrDefault(kind.key(), kind.defaultDelivery())))
                .toList();
    }

    @Override
    @Transactional
    public void choose(long accountId, Map<String, Delivery> chosen) {
        chosen.forEach((key, delivery) -> {
            if (kinds.find(key).isEmpty()) {
                throw new Rejection(key, "Quad sends no such notification.");
            }
            if (delivery == null) {
                throw new Rejection(key, "Choose how you want to hear about this.");
            }
        });
        Instant now = Instant.now();
        chosen.forEach((key, delivery) -> choices.choose(accountId, key, delivery, now));
    }

    @Override
    @Transactional
    public int deleteOlderThan(java.time.Instant before) {
        return em.createNativeQuery("DELETE FROM networking_notification WHERE digest IS NULL AND created_at < ?")
                .setParameter(1, java.sql.Timestamp.from(before)).executeUpdate();
    }
}
