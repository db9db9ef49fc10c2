package app.quad.networking.internal;

import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Networking's notification centre in "Your data": the person's notices and settings. Notices to
 * others that the person caused go with an erasure too, since their text names the person.
 */
@ApplicationScoped
class NotificationPersonalData implements PersonalData {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Override
    public String module() {
        return "networking";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            archive.json("notifications.json", "Your notifications: what Quad told you about, when, and when you read it.",
                    JsonRows.query(connection, "SELECT id, kind, text, link, created_at, read_at, digest AS waiting_for_digest,"
                            + " digested_at FROM networking_notification WHERE recipient_id = ? ORDER BY id", subject.accountId()));
            archive.json("notification-settings.json", "How you chose to get each kind of notification (kinds you never"
                            + " changed follow Quad's defaults).",
                    JsonRows.query(connection, "SELECT kind, delivery, chosen_at FROM networking_notification_setting"
                            + " WHERE account_id = ? ORDER BY kind", subject.accountId()));
        } catch (SQLException e) {
            throw new IOException("could not read the notifications", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        em.createNativeQuery("DELETE FROM networking_notification WHERE recipient_id = ?")
                .setParameter(1, subject.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_notification WHERE actor_id = ?")
                .setParameter(1, subject.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_notification_setting WHERE account_id = ?")
                .setParameter(1, subject.accountId()).executeUpdate();
    }
}
