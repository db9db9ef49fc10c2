package app.quad.groups.internal;

import app.quad.jobs.EventHosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Lets groups host events in the jobs module's calendar: a group's managers and owners create its
 * meetups, and whoever sees inside the group (everyone for an OPEN group, active members otherwise)
 * may see and attend them.
 */
@ApplicationScoped
class GroupEventHosts implements EventHosts {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    JpaGroups groups;

    @Override
    public boolean mayHost(long groupId, long accountId) {
        // manages() also says no for a group moderation removed, so its managers cannot host in its name.
        return groups.manages(accountId, groupId);
    }

    @Override
    public Optional<String> groupName(long groupId) {
        return Optional.ofNullable(em.find(StoredGroup.class, groupId)).map(StoredGroup::name);
    }

    @Override
    public boolean mayAttend(long groupId, long accountId) {
        return groups.seesInside(accountId, groupId);
    }
}
