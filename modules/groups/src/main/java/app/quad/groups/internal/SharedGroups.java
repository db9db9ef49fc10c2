package app.quad.groups.internal;

import app.quad.identity.Profiles;
import app.quad.networking.Affinity;
import app.quad.networking.CommonGround;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups two members are both active in, for people-you-may-know ("Both in Robotics Club") and
 * for judging a request. Both are members of every group named, so the viewer may see it.
 */
@ApplicationScoped
class SharedGroups implements Affinity, CommonGround {

    /** A group this large says little about two of its members. */
    static final int LARGEST_GROUP = 500;

    /** How many fellow members one look at a member's groups reads at most. */
    static final int ROWS_READ = 5000;

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    Profiles profiles;

    @Override
    public List<Shared> of(long memberId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.account_id, g.name, (SELECT COUNT(*) FROM groups_membership c"
                        + " WHERE c.group_id = g.id AND c.status = 'ACTIVE') AS size"
                        + " FROM groups_membership me JOIN groups_group g ON g.id = me.group_id AND g.removed_at IS NULL"
                        + " JOIN groups_membership o ON o.group_id = me.group_id AND o.status = 'ACTIVE' AND o.account_id <> me.account_id"
                        + " WHERE me.account_id = ? AND me.status = 'ACTIVE' ORDER BY size, g.id LIMIT " + ROWS_READ)
                .setParameter(1, memberId).getResultList();
        Map<Long, Shared> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long other = ((Number) row[0]).longValue();
            long size = ((Number) row[2]).longValue();
            if (size > LARGEST_GROUP) {
                continue;
            }
            // Smaller groups count for more; the reason names the smallest group they share.
            double weight = size <= 20 ? 0.8 : size <= 100 ? 0.5 : 0.3;
            Shared before = found.get(other);
            found.put(other, before == null ? new Shared(other, "Both in " + row[1], weight)
                    : new Shared(other, before.reason(), Math.min(3.0, before.weight() + weight / 2)));
        }
        List<Shared> result = new ArrayList<>();
        for (Shared shared : found.values().stream().sorted((a, b) -> Double.compare(b.weight(), a.weight())).toList()) {
            if (result.size() >= max) {
                break;
            }
            if (profiles.visibleTo(shared.accountId(), memberId)) {
                result.add(shared);
            }
        }
        return result;
    }

    @Override
    public List<String> between(long viewerId, long otherId) {
        if (viewerId == otherId) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT g.name FROM groups_membership me JOIN groups_membership o"
                        + " ON o.group_id = me.group_id AND o.account_id = ? AND o.status = 'ACTIVE'"
                        + " JOIN groups_group g ON g.id = me.group_id AND g.removed_at IS NULL"
                        + " WHERE me.account_id = ? AND me.status = 'ACTIVE' ORDER BY g.name LIMIT 3")
                .setParameter(1, otherId).setParameter(2, viewerId).getResultList();
        return names.stream().map(name -> "Both in " + name).toList();
    }
}
