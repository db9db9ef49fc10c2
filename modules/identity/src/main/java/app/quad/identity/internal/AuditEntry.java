package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing staff or an administrator did to an account or organisation. */
@Entity
@Table(name = "identity_audit")
public class AuditEntry {

    enum Action { ROLES_CHANGED, SUSPENDED, REACTIVATED, ORGANISATION_VERIFIED, ORGANISATION_REJECTED, REVERIFICATION_REQUIRED,
        /** Moderation's removal of a PENDING organisation was undone: it waits for staff again. */
        ORGANISATION_RESTORED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    /** Null once the actor has erased their account. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "account_id")
    private Long accountId;

    private String action;

    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(long actorId, Long accountId, Action action, String detail, Instant at) {
        this.actorId = actorId;
        this.accountId = accountId;
        this.action = action.name();
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.at = at;
    }
}
