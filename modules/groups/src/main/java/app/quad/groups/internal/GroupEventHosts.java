package app.quad.groups.internal;

import app.quad.groups.Groups;
import app.quad.groups.Membership;
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
    Groups groups;

    @Override
    public boolean mayHost(long groupId, long accountId) {
        return groups.membership(accountId, groupId).map(Membership::manages).orElse(false);
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
