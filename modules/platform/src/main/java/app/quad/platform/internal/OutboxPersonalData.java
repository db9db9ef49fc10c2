package app.quad.platform.internal;

import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The platform's part of "Your data": mail in the outbox addressed to the person, pending,
 * failed or delivered and not yet purged.
 */
@ApplicationScoped
class OutboxPersonalData implements PersonalData {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        JsonArrayBuilder mails = Json.createArrayBuilder();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, payload, status, created_at, delivered_at FROM platform_outbox"
                             + " WHERE topic = ? AND payload LIKE ? ESCAPE '!' ORDER BY id")) {
            statement.setString(1, OutboxMailer.TOPIC);
            statement.setString(2, containing(subject.email()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    JsonObject mail = addressedTo(rows.getString("payload"), subject.email());
                    if (mail == null) {
                        continue;
                    }
                    mails.add(Json.createObjectBuilder()
                            .add("id", rows.getLong("id"))
                            .add("status", rows.getString("status"))
                            .add("queuedAt", instant(rows.getTimestamp("created_at")))
                            .add("deliveredAt", instant(rows.getTimestamp("delivered_at")))
                            .add("to", mail.getString("to", ""))
                            .add("subject", mail.getString("subject", ""))
                            .add("text", mail.getString("text", "")));
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not read the outbox", e);
        }
        archive.json("mail.json", "Mails Quad has queued or sent to you and still keeps (delivered mail is deleted"
                + " after a few days).", mails.build());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        // Pending mail goes too: nothing should reach a person who asked to be forgotten.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, payload FROM platform_outbox WHERE topic = ? AND payload LIKE ? ESCAPE '!'")
                .setParameter(1, OutboxMailer.TOPIC)
                .setParameter(2, containing(subject.email()))
                .getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            if (addressedTo((String) row[1], subject.email()) != null) {
                ids.add(((Number) row[0]).longValue());
            }
        }
        for (Long id : ids) {
            em.createNativeQuery("DELETE FROM platform_outbox WHERE id = ?").setParameter(1, id).executeUpdate();
        }
        // Mail to other people can name the person too, such as a coffee chat invitation. Once
        // delivered (or given up on) its row is only a record, kept a few days, so it goes now;
        // pending mail to others stays, as their mail is not the erased person's to stop.
        em.createNativeQuery("DELETE FROM platform_outbox WHERE topic = ? AND status <> 'PENDING' AND payload LIKE ? ESCAPE '!'")
                .setParameter(1, OutboxMailer.TOPIC).setParameter(2, containing(subject.email())).executeUpdate();
        String name = subject.displayName() == null ? "" : subject.displayName().strip();
        if (name.length() >= 3) {
            em.createNativeQuery("DELETE FROM platform_outbox WHERE topic = ? AND status <> 'PENDING' AND payload LIKE ? ESCAPE '!'")
                    .setParameter(1, OutboxMailer.TOPIC).setParameter(2, containing(name)).executeUpdate();
        }
    }

    /** A LIKE pattern that finds payloads mentioning the text (an address or a name). */
    private static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static JsonObject addressedTo(String payload, String email) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject mail = reader.readObject();
            String to = mail.getString("to", "");
            return to.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)) ? mail : null;
        } catch (JsonParsingException | ClassCastException e) {
            return null;
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    private static String instant(Timestamp time) {
        return time == null ? "" : time.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
    }
}
