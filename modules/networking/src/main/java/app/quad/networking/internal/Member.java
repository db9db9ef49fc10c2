package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person as networking knows them: their account id and their networking settings. */
@Entity
@Table(name = "networking_member")
public class Member {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    /** Whether others may send this member connection requests (off while "snoozed"). */
    @Column(name = "accepts_requests")
    private boolean acceptsRequests;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Member() {
    }

    Member(long accountId, Instant now) {
        this.accountId = accountId;
        this.acceptsRequests = true;
        this.createdAt = now;
    }
}
