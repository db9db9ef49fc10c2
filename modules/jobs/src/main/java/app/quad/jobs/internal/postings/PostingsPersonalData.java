package app.quad.jobs.internal.postings;

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
 * Postings' and applications' part of "Your data": the applications a student made (with their
 * answers), bookmarks, reports, and the postings a person wrote. Erasure deletes the person's
 * applications (the résumé copies are their uploads, which identity deletes), bookmarks and
 * reports; postings they wrote belong to their organisation and stay, without an author.
 */
@ApplicationScoped
class PostingsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Override
    public String module() {
        return "jobs";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        long id = subject.accountId();
        try (Connection connection = dataSource.getConnection()) {
            archive.json("applications.json", "Your job applications: the posting, where it stands, your answers and when.",
                    JsonRows.query(connection, "SELECT a.id, a.posting_id, p.title, p.organisation_name, a.status, a.answers,"
                            + " a.resume_upload_id, a.created_at, a.updated_at FROM jobs_application a JOIN jobs_posting p ON p.id = a.posting_id"
                            + " WHERE a.student_id = ? ORDER BY a.id", id));
            archive.json("bookmarks.json", "The job postings you bookmarked.",
                    JsonRows.query(connection, "SELECT posting_id, created_at FROM jobs_bookmark WHERE account_id = ? ORDER BY created_at", id));
            archive.json("saved-searches.json", "Your saved job searches.",
                    JsonRows.query(connection, "SELECT id, name, criteria, created_at FROM jobs_saved_search WHERE account_id = ? ORDER BY id", id));
            archive.json("posting-reports.json", "The job postings you reported, with your reason.",
                    JsonRows.query(connection, "SELECT posting_id, reason, detail, created_at FROM jobs_posting_report WHERE reporter_id = ?"
                            + " ORDER BY created_at", id));
            archive.json("postings-written.json", "The job postings you wrote for your organisation or the career center.",
                    JsonRows.query(connection, "SELECT id, organisation_name, title, description_html, status, created_at FROM jobs_posting"
                            + " WHERE author_id = ? ORDER BY id", id));
        } catch (SQLException e) {
            throw new IOException("could not read the jobs records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
        em.createNativeQuery("DELETE FROM jobs_application WHERE student_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM jobs_bookmark WHERE account_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM jobs_saved_search WHERE account_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM jobs_posting_report WHERE reporter_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE jobs_posting SET author_id = NULL WHERE author_id = ?").setParameter(1, id).executeUpdate();
    }
}
