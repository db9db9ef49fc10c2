package app.quad.groups;

import java.time.Instant;

/** A member of a group, or a person waiting for an answer, as a group's members see them. */
public record GroupMember(long accountId, String displayName, GroupRole role, MembershipStatus status, Instant since) {
}
