package app.quad.groups;

/** A person became an active member of a group (joined, was approved or accepted an invitation). Fired in the transaction. */
public record MemberJoinedGroup(long groupId, long accountId) {
}
