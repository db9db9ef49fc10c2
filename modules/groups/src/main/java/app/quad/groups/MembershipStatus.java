package app.quad.groups;

/** Where a person stands with a group. */
public enum MembershipStatus {
    ACTIVE, REQUESTED, INVITED, BANNED
}
