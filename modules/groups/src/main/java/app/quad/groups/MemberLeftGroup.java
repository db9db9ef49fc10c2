package app.quad.groups;

/** A person stopped being an active member (left, was removed or banned). Fired in the transaction. */
public record MemberLeftGroup(long groupId, long accountId) {
}
