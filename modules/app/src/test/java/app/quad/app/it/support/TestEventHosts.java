package app.quad.app.it.support;

import app.quad.jobs.EventHosts;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the groups module's implementation of jobs' EventHosts port, so group-hosted events
 * can be tested before groups implements it: tests name the groups, their hosts and their members.
 * Group ids here are made up (negative), so they never meet a real group's.
 */
@ApplicationScoped
public class TestEventHosts implements EventHosts {

    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Set<String> hosts = ConcurrentHashMap.newKeySet();
    private final Set<String> members = ConcurrentHashMap.newKeySet();

    public void group(long groupId, String name, long hostId, long... memberIds) {
        names.put(groupId, name);
        hosts.add(groupId + ":" + hostId);
        members.add(groupId + ":" + hostId);
        for (long member : memberIds) {
            members.add(groupId + ":" + member);
        }
    }

    /** The member leaves the group (or the group is gone for them). */
    public void leave(long groupId, long memberId) {
        members.remove(groupId + ":" + memberId);
    }

    @Override
    public boolean mayHost(long groupId, long accountId) {
        return hosts.contains(groupId + ":" + accountId);
    }

    @Override
    public Optional<String> groupName(long groupId) {
        return Optional.ofNullable(names.get(groupId));
    }

    @Override
    public boolean mayAttend(long groupId, long accountId) {
        return members.contains(groupId + ":" + accountId);
    }
}
