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

/** The feed's part of "Your data": posts, comments, reactions, reports and mutes. */
@ApplicationScoped
class FeedPersonalData implements PersonalData {

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
        long id = subject.accountId();
        try (Connection connection = dataSource.getConnection()) {
            archive.json("posts.json", "Your posts and who could see them.",
                    JsonRows.query(connection, "SELECT id, body, audience, created_at FROM networking_post WHERE author_id = ? ORDER BY id", id));
            archive.json("comments.json", "Your comments, with the post each was on.",
                    JsonRows.query(connection, "SELECT id, post_id, body, created_at FROM networking_post_comment WHERE author_id = ? ORDER BY id", id));
            archive.json("reactions.json", "Your reactions to posts.",
                    JsonRows.query(connection, "SELECT post_id, reaction, created_at FROM networking_post_reaction WHERE account_id = ? ORDER BY created_at", id));
            archive.json("post-reports.json", "Posts you reported to the moderators.",
                    JsonRows.query(connection, "SELECT post_id, reason, created_at FROM networking_post_report WHERE reporter_id = ? ORDER BY id", id));
            archive.json("muted.json", "People (by account id) and words you muted in your feed.",
                    JsonRows.query(connection, "SELECT muted_id, keyword, created_at FROM networking_mute WHERE member_id = ? ORDER BY id", id));
        } catch (SQLException e) {
            throw new IOException("could not read the feed records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
        // Their posts go with everything on them; their comments, reactions and reports on others' posts go too.
        for (String table : new String[]{"networking_post_reaction", "networking_post_comment", "networking_post_report"}) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE post_id IN (SELECT id FROM networking_post WHERE author_id = ?)")
                    .setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM networking_post WHERE author_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_post_comment WHERE author_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_post_reaction WHERE account_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_post_report WHERE reporter_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_mute WHERE member_id = ? OR muted_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
    }
}
