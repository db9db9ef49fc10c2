package app.quad.groups.internal;

import app.quad.groups.GroupRole;
import app.quad.groups.Membership;
import app.quad.groups.MembershipStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "groups_membership")
@IdClass(StoredMembership.Key.class)
class StoredMembership {

    /** The composite key; EclipseLink wants a plain class with a no-argument constructor. */
    public static class Key implements Serializable {
        public long groupId;
        public long accountId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.groupId == groupId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(groupId) * 31 + Long.hashCode(accountId);
        }
    }

    @Id
    @Column(name = "group_id")
    private long groupId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private GroupRole role;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private Instant since;

    /** A manager approved the member's first post, or it needed no approval. */
    private boolean trusted;

    @Column(name = "post_notices")
    private boolean postNotices;

    protected StoredMembership() {
    }

    StoredMembership(long groupId, long accountId, GroupRole role, MembershipStatus status, Instant now) {
        this.groupId = groupId;
        this.accountId = accountId;
        this.role = role;
        this.status = status;
        this.since = now;
    }

    long accountId() { return accountId; }
    GroupRole role() { return role; }
    MembershipStatus status() { return status; }
    boolean trusted() { return trusted; }
    boolean postNotices() { return postNotices; }

    void trust() {
        trusted = true;
    }

    void postNotices(boolean on) {
        postNotices = on;
    }

    void become(GroupRole role, MembershipStatus status, Instant now) {
        if (this.status != status) {
            this.since = now;
        }
        this.role = role;
        this.status = status;
    }

    Membership view() {
        return new Membership(groupId, accountId, role, status, since);
    }
}
