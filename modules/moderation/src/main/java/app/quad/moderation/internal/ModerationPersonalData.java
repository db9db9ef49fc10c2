package app.quad.moderation.internal;

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
import java.util.List;

/**
 * Moderation's part of "Your data": the person's reports and appeals, and the cases about their
 * things. Erasure deletes their reports (recounting the cases), their appeals and the cases about
 * their things or account, and clears their id where they acted as a moderator: the audit log
 * keeps each entry with the actor (or the account acted on) emptied.
 */
@ApplicationScoped
class ModerationPersonalData implements PersonalData {

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Override
    public String module() {
        return "moderation";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        long id = subject.accountId();
        try (Connection connection = dataSource.getConnection()) {
            archive.json("reports.json", "What you reported to the moderators, why, and what became of it.",
                    JsonRows.query(connection, "SELECT c.target_kind, c.target_id, r.reason, r.detail, r.created_at, c.status, c.outcome"
                            + " FROM moderation_report r JOIN moderation_case c ON c.id = r.case_id WHERE r.reporter_id = ? ORDER BY r.id", id));
            archive.json("cases-about-you.json", "Moderation cases about your things or account, and what was decided.",
                    JsonRows.query(connection, "SELECT c.id, c.target_kind, c.target_id, c.report_count, c.status, c.outcome, c.created_at,"
                            + " c.decided_at FROM moderation_case c WHERE c.author_id = ? ORDER BY c.id", id));
            archive.json("appeals.json", "Your appeals against moderators' decisions.",
                    JsonRows.query(connection, "SELECT case_id, text, status, created_at, answer FROM moderation_appeal WHERE author_id = ?"
                            + " ORDER BY id", id));
        } catch (SQLException e) {
            throw new IOException("could not read the moderation records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
        @SuppressWarnings("unchecked")
        List<Number> reported = em.createNativeQuery("SELECT case_id FROM moderation_report WHERE reporter_id = ?")
                .setParameter(1, id).getResultList();
        run("DELETE FROM moderation_report WHERE reporter_id = ?", id);
        for (Number caseId : reported) {
            em.createNativeQuery("UPDATE moderation_case SET report_count = (SELECT COUNT(*) FROM moderation_report WHERE case_id = ?)"
                    + " WHERE id = ?").setParameter(1, caseId.longValue()).setParameter(2, caseId.longValue()).executeUpdate();
        }
        String theirs = "SELECT id FROM moderation_case WHERE author_id = ? OR (target_kind = 'identity.member' AND target_id = ?)";
        for (String table : List.of("moderation_report", "moderation_action", "moderation_appeal")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE case_id IN (SELECT id FROM (" + theirs + ") AS gone)")
                    .setParameter(1, id).setParameter(2, id).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM moderation_case WHERE author_id = ? OR (target_kind = 'identity.member' AND target_id = ?)")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        run("DELETE FROM moderation_appeal WHERE author_id = ?", id);
        run("UPDATE moderation_appeal SET decided_by = NULL WHERE decided_by = ?", id);
        run("UPDATE moderation_action SET moderator_id = NULL WHERE moderator_id = ?", id);
        run("UPDATE moderation_rule SET created_by = NULL WHERE created_by = ?", id);
        run("DELETE FROM moderation_counter WHERE account_id = ?", id);
        // The audit log is append-only except here: the entry stays, the person's id goes.
        run("UPDATE moderation_audit SET actor_id = NULL WHERE actor_id = ?", id);
        run("UPDATE moderation_audit SET target_id = NULL WHERE target_kind = 'identity.member' AND target_id = ?", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
