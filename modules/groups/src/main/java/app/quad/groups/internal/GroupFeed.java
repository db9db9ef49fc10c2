package app.quad.groups.internal;

import app.quad.networking.FeedContributor;
import app.quad.networking.FeedEntry;
import app.quad.networking.FeedPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Threads of the viewer's groups in their home feed: published threads started in the window, in
 * groups they are an active member of. A thread is placed by when it was started, which never
 * changes, so the feed's screens can tile time without showing a thread twice.
 */
@ApplicationScoped
class GroupFeed implements FeedContributor {

    static final String KIND = "groups.thread";

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    GroupNotices notices;

    @Override
    public List<FeedEntry> entries(long viewerId, Instant newerThanOrEqual, FeedPosition after, int max) {
        // Along groups_membership_mine to the viewer's groups, then ix_groups_post_started within each. The query applies
        // discussions' own rule for an active member (published, not removed, author not suspended, group not removed),
        // so the rows make the entries themselves: no second read per thread on every screen of every feed.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.author_id, p.created_at, p.title, p.body, g.name"
                        + " FROM groups_membership m"
                        + " JOIN groups_post p ON p.group_id = m.group_id"
                        + " JOIN groups_group g ON g.id = m.group_id AND g.removed_at IS NULL"
                        + " WHERE m.account_id = ?1 AND m.status = 'ACTIVE'"
                        + " AND p.created_at >= ?2 AND (p.created_at < ?3 OR (p.created_at = ?3 AND p.id < ?4))"
                        + " AND p.state = 'PUBLISHED' AND p.author_suspended = FALSE AND p.removed_at IS NULL"
                        + " ORDER BY p.created_at DESC, p.id DESC LIMIT " + max)
                .setParameter(1, viewerId).setParameter(2, Timestamp.from(newerThanOrEqual)).setParameter(3, Timestamp.from(after.at()))
                .setParameter(4, after.idBelow(KIND)).getResultList();
        Map<Long, String> names = new HashMap<>();
        List<FeedEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            long author = ((Number) row[1]).longValue();
            entries.add(new FeedEntry(KIND, id, author, names.computeIfAbsent(author, notices::nameOf), JpaDiscussions.instant(row[2]),
                    (String) row[3], (String) row[4], "/groups/post/view.xhtml?id=" + id, "in " + row[5]));
        }
        return entries;
    }
}
