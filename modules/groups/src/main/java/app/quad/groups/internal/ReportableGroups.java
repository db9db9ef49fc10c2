package app.quad.groups.internal;

import app.quad.groups.GroupReported;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Describes groups ({@code groups.group}) to moderation: its name, description and rules; its author is its first owner. */
@ApplicationScoped
class ReportableGroups implements ReportableContent {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    JpaGroups groups;

    @Override
    public boolean handles(String kind) {
        return GroupReported.KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        return groups.byId(viewerId, id).flatMap(group -> find(id));
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        StoredGroup group = em.find(StoredGroup.class, id);
        if (group == null) {
            return Optional.empty();
        }
        List<Long> owners = em.createQuery("SELECT m.accountId FROM StoredMembership m WHERE m.groupId = :group AND m.status = :active"
                        + " AND m.role = :owner ORDER BY m.since", Long.class)
                .setParameter("group", id).setParameter("active", app.quad.groups.MembershipStatus.ACTIVE)
                .setParameter("owner", app.quad.groups.GroupRole.OWNER).setMaxResults(1).getResultList();
        long owner = owners.isEmpty() ? (group.createdBy() == null ? 0 : group.createdBy()) : owners.get(0);
        return Optional.of(new ReportedItem(new ReportTarget(GroupReported.KIND, id), owner, "Group " + group.name(),
                Shortened.text(group.description() + (group.rules().isEmpty() ? "" : "\n\nRules: " + group.rules())),
                GroupLinks.group(group.slug()), group.createdAt(), group.hidden() || group.removed()));
    }
}
