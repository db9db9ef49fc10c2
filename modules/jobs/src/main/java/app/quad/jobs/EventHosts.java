package app.quad.jobs;

import java.util.Optional;

/**
 * A port the groups module implements so that groups can host events ("group meetups") without
 * jobs depending on groups. Without an implementation in the WAR, no event can name a host group.
 * When several implementations exist, any one that admits a person is enough.
 */
public interface EventHosts {

    /** Whether the person may create events on behalf of the group (its managers and owners, say). */
    boolean mayHost(long groupId, long accountId);

    /** The group's name, to show as the event's host. */
    Optional<String> groupName(long groupId);

    /** Whether the person may see and attend the group's events (for a closed group: its members). */
    boolean mayAttend(long groupId, long accountId);
}
