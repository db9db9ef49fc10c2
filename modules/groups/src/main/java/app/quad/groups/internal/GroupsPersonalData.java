package app.quad.groups.internal;

import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountSuspended;
import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Groups' part of "Your data": the groups a person is in, asked to join, was invited to or banned
 * from, those they created, and what they wrote, reacted and reported. Erasure deletes their threads
 * (with the replies on them), replies, reactions and reports, and every membership row; a group whose only owner
 * goes passes to its longest-standing manager or member, and a group left empty goes too.
 */
@ApplicationScoped
class GroupsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    GroupDeletion deletion;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Override
    public String module() {
        return "groups";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        long id = subject.accountId();
        try (Connection connection = dataSource.getConnection()) {
            // Removed things are still held (an appeal may bring them back), so they are the person's data too, marked as removed.
            archive.json("memberships.json", "Your groups: your role (OWNER, MANAGER, MEMBER), how you stand (ACTIVE, REQUESTED"
                            + " to join, INVITED, BANNED) and since when; group_removed_at is set when moderators removed the group.",
                    JsonRows.query(connection, "SELECT g.id AS group_id, g.name, m.role, m.status, m.since,"
                            + " g.removed_at AS group_removed_at FROM groups_membership m"
                            + " JOIN groups_group g ON g.id = m.group_id WHERE m.account_id = ? ORDER BY g.name", id));
            archive.json("groups-created.json", "The groups you proposed, with their description and rules as you wrote them"
                            + " (removed_at: when moderators removed one).",
                    JsonRows.query(connection, "SELECT id, name, slug, visibility, category, description, rules, created_at, removed_at"
                            + " FROM groups_group WHERE created_by = ? ORDER BY id", id));
            archive.json("threads.json", "The threads you started in groups, as you wrote them, and where they stand"
                            + " (removed_at: when moderators removed one).",
                    JsonRows.query(connection, "SELECT p.id, g.name AS group_name, p.title, p.body, p.state, p.created_at, p.removed_at"
                            + " FROM groups_post p JOIN groups_group g ON g.id = p.group_id WHERE p.author_id = ? ORDER BY p.id", id));
            archive.json("replies.json", "Your replies in group threads (removed_at: when moderators removed one).",
                    JsonRows.query(connection, "SELECT r.id, r.post_id, r.body, r.state, r.created_at, r.removed_at FROM groups_reply r"
                            + " WHERE r.author_id = ? ORDER BY r.id", id));
            archive.json("reactions.json", "Your reactions to group threads.",
                    JsonRows.query(connection, "SELECT post_id, reaction, created_at FROM groups_reaction WHERE account_id = ?"
                            + " ORDER BY created_at", id));
            archive.json("reports.json", "What you reported in groups to the moderators.",
                    JsonRows.query(connection, "SELECT target_kind, target_id, reason, detail, created_at FROM groups_report"
                            + " WHERE reporter_id = ? ORDER BY id", id));
        } catch (SQLException e) {
            throw new IOException("could not read the groups records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
        eraseWriting(id);
        @SuppressWarnings("unchecked")
        List<Number> owned = em.createNativeQuery("SELECT group_id FROM groups_membership WHERE account_id = ? AND status = 'ACTIVE'"
                        + " AND role = 'OWNER' ORDER BY group_id FOR UPDATE")
                .setParameter(1, id).getResultList();
        em.createNativeQuery("DELETE FROM groups_membership WHERE account_id = ?").setParameter(1, id).executeUpdate();
        for (Number group : owned) {
            handOver(group.longValue());
        }
        em.createNativeQuery("UPDATE groups_group SET created_by = NULL WHERE created_by = ?").setParameter(1, id).executeUpdate();
    }

    /** The person's threads go with everything on them; their replies, reactions and reports go too. */
    private void eraseWriting(long id) {
        @SuppressWarnings("unchecked")
        List<Number> threads = em.createNativeQuery("SELECT id FROM groups_post WHERE author_id = ?").setParameter(1, id).getResultList();
        for (Number thread : threads) {
            deletion.post(thread.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Number> replies = em.createNativeQuery("SELECT id FROM groups_reply WHERE author_id = ?").setParameter(1, id).getResultList();
        for (Number reply : replies) {
            deletion.reply(reply.longValue());
        }
        em.createNativeQuery("DELETE FROM groups_reaction WHERE account_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM groups_report WHERE reporter_id = ?").setParameter(1, id).executeUpdate();
    }

    private void handOver(long groupId) {
        Number owners = (Number) em.createNativeQuery("SELECT COUNT(*) FROM groups_membership WHERE group_id = ? AND status = 'ACTIVE'"
                + " AND role = 'OWNER'").setParameter(1, groupId).getSingleResult();
        if (owners.longValue() > 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> heir = em.createNativeQuery("SELECT account_id FROM groups_membership WHERE group_id = ? AND status = 'ACTIVE'"
                        + " ORDER BY CASE role WHEN 'MANAGER' THEN 0 ELSE 1 END, since, account_id LIMIT 1")
                .setParameter(1, groupId).getResultList();
        if (heir.isEmpty()) {
            deletion.group(groupId);
        } else {
            em.createNativeQuery("UPDATE groups_membership SET role = 'OWNER' WHERE group_id = ? AND account_id = ?")
                    .setParameter(1, groupId).setParameter(2, heir.get(0).longValue()).executeUpdate();
        }
    }

    /**
     * A suspended person's open requests and invitations lapse; their memberships wait for the
     * administrators' decision; their threads and replies are out of sight until they are reactivated.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    void suspended(@Observes AccountSuspended event) {
        em.createNativeQuery("DELETE FROM groups_membership WHERE account_id = ? AND status IN ('REQUESTED', 'INVITED')")
                .setParameter(1, event.accountId()).executeUpdate();
        authorSuspended(event.accountId(), true);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    void reactivated(@Observes AccountReactivated event) {
        authorSuspended(event.accountId(), false);
    }

    private void authorSuspended(long accountId, boolean suspended) {
        for (String table : List.of("groups_post", "groups_reply")) {
            em.createNativeQuery("UPDATE " + table + " SET author_suspended = ? WHERE author_id = ?")
                    .setParameter(1, suspended).setParameter(2, accountId).executeUpdate();
        }
    }
}
