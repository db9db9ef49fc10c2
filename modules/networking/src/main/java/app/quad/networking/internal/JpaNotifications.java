package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.platform.Mailer;
import app.quad.platform.Notice;
import app.quad.platform.NotificationKind;
import app.quad.platform.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** The notification centre's way in, for every module. */
@ApplicationScoped
class JpaNotifications implements Notifications {

    private static final Logger LOG = Logger.getLogger(JpaNotifications.class.getName());

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    KindCatalogue kinds;

    @Inject
    NotificationChoices choices;

    @Inject
    Accounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    NotificationConfig config;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Notice notice) {
        NotificationKind kind = kinds.find(notice.kind())
                .orElseThrow(() -> new IllegalArgumentException("No module declares the notification kind " + notice.kind()));
        Optional<AccountSummary> recipient = accounts.find(notice.recipientId());
        if (recipient.isEmpty()) {
            // Erased, or never was: there is nobody to tell.
            LOG.fine(() -> "Notice " + notice.kind() + " for missing account " + notice.recipientId() + " dropped");
            return;
        }
        DeliveryDecision decision = DeliveryDecision.of(choices.deliveryOf(notice.recipientId(), kind), recipient.get().status());
        if (!decision.store()) {
            return;
        }
        StoredNotification stored = new StoredNotification(notice, decision.digest(), Instant.now());
        em.persist(stored);
        if (decision.mailNow()) {
            mailer.send(new NotificationMails(config.baseUrl(), config.zone())
                    .immediate(recipient.get(), stored.getText(), stored.getLink()));
        }
    }
}
