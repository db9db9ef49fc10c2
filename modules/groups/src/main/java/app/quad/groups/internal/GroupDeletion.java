package app.quad.groups.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Deletes threads and groups with everything on them, in the caller's transaction. */
@ApplicationScoped
class GroupDeletion {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void post(long postId) {
        em.flush();
        em.createNativeQuery("DELETE FROM groups_report WHERE target_kind = 'groups.reply' AND target_id IN"
                + " (SELECT id FROM groups_reply WHERE post_id = ?)").setParameter(1, postId).executeUpdate();
        em.createNativeQuery("DELETE FROM groups_report WHERE target_kind = 'groups.post' AND target_id = ?")
                .setParameter(1, postId).executeUpdate();
        for (String table : List.of("groups_reaction", "groups_reply")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE post_id = ?").setParameter(1, postId).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM groups_post WHERE id = ?").setParameter(1, postId).executeUpdate();
        forget();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reply(long replyId) {
        em.flush();
        em.createNativeQuery("UPDATE groups_post p JOIN groups_reply r ON r.post_id = p.id SET p.reply_count = p.reply_count - 1"
                + " WHERE r.id = ? AND r.state <> 'HELD' AND r.removed_at IS NULL AND p.reply_count > 0").setParameter(1, replyId).executeUpdate();
        em.createNativeQuery("DELETE FROM groups_report WHERE target_kind = 'groups.reply' AND target_id = ?")
                .setParameter(1, replyId).executeUpdate();
        em.createNativeQuery("DELETE FROM groups_reply WHERE id = ?").setParameter(1, replyId).executeUpdate();
        forget();
    }

    /** Pending changes are written first, and entities read before the deletes are not used (or written back) after them. */
    private void forget() {
        em.flush();
        em.clear();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void group(long groupId) {
        em.flush();
        em.createNativeQuery("DELETE FROM groups_report WHERE (target_kind = 'groups.reply' AND target_id IN"
                + " (SELECT id FROM groups_reply WHERE group_id = ?)) OR (target_kind = 'groups.post' AND target_id IN"
                + " (SELECT id FROM groups_post WHERE group_id = ?)) OR (target_kind = 'groups.group' AND target_id = ?)")
                .setParameter(1, groupId).setParameter(2, groupId).setParameter(3, groupId).executeUpdate();
        em.createNativeQuery("DELETE FROM groups_reaction WHERE post_id IN (SELECT id FROM groups_post WHERE group_id = ?)")
                .setParameter(1, groupId).executeUpdate();
        for (String table : List.of("groups_reply", "groups_post", "groups_membership")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE group_id = ?").setParameter(1, groupId).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM groups_group WHERE id = ?").setParameter(1, groupId).executeUpdate();
        forget();
    }
}
