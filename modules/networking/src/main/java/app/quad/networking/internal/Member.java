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

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "snoozed_until")
    private Instant snoozedUntil;

    @Column(name = "snooze_note")
    private String snoozeNote;

    @Column(name = "allows_followers")
    private boolean allowsFollowers;

    @Column(name = "quiet_feed")
    private boolean quietFeed;

    protected Member() {
    }

    Member(long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
    }

    void snooze(Instant until, String note) {
        this.snoozedUntil = until;
        this.snoozeNote = note;
    }

    /** Snoozed at this moment. */
    boolean snoozedAt(Instant now) {
        return snoozedUntil != null && snoozedUntil.isAfter(now);
    }

    Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    String getSnoozeNote() {
        return snoozeNote;
    }

    boolean allowsFollowers() {
        return allowsFollowers;
    }

    void allowFollowers(boolean allowed) {
        this.allowsFollowers = allowed;
    }

    boolean quietFeed() {
        return quietFeed;
    }

    void quietFeed(boolean quiet) {
        this.quietFeed = quiet;
    }
}
