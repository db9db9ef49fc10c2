package app.quad.groups;

/** A group was created. Fired in the transaction that made the change. */
public record GroupCreated(long groupId, long createdBy, GroupVisibility visibility, boolean official) {
}
