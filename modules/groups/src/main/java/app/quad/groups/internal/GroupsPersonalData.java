package app.quad.groups.internal;

import app.quad.identity.AccountSuspended;
import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * from, and those they created. Erasure removes every membership row; a group whose only owner
 * goes passes to its longest-standing manager or member, and a group left empty goes too.
 */
@ApplicationScoped
class GroupsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

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
            archive.json("memberships.json", "Your groups: your role (OWNER, MANAGER, MEMBER), how you stand (ACTIVE, REQUESTED"
                            + " to join, INVITED, BANNED) and since when.",
                    JsonRows.query(connection, "SELECT g.id AS group_id, g.name, m.role, m.status, m.since FROM groups_membership m"
                            + " JOIN groups_group g ON g.id = m.group_id WHERE m.account_id = ? ORDER BY g.name", id));
            archive.json("groups-created.json", "The groups you proposed, with their description and rules as you wrote them.",
                    JsonRows.query(connection, "SELECT id, name, slug, visibility, category, description, rules, created_at"
                            + " FROM groups_group WHERE created_by = ? ORDER BY id", id));
        } catch (SQLException e) {
            throw new IOException("could not read the groups records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
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
            em.createNativeQuery("DELETE FROM groups_membership WHERE group_id = ?").setParameter(1, groupId).executeUpdate();
            em.createNativeQuery("DELETE FROM groups_group WHERE id = ?").setParameter(1, groupId).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE groups_membership SET role = 'OWNER' WHERE group_id = ? AND account_id = ?")
                    .setParameter(1, groupId).setParameter(2, heir.get(0).longValue()).executeUpdate();
        }
    }

    /** A suspended person's open requests and invitations lapse; their memberships wait for the administrators' decision. */
    @Transactional(Transactional.TxType.REQUIRED)
    void suspended(@Observes AccountSuspended event) {
        em.createNativeQuery("DELETE FROM groups_membership WHERE account_id = ? AND status IN ('REQUESTED', 'INVITED')")
                .setParameter(1, event.accountId()).executeUpdate();
    }
}
