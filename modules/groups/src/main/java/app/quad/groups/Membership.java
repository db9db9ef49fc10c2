package app.quad.groups;

import java.time.Instant;

/** One person's standing in one group. */
public record Membership(long groupId, long accountId, GroupRole role, MembershipStatus status, Instant since) {

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    public boolean manages() {
        return active() && role.manages();
    }
}
