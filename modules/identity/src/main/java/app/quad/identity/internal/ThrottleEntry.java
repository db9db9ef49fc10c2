package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** The stored {@link ThrottleRule.State} of one address for one purpose. */
@Entity
@Table(name = "identity_throttle")
public class ThrottleEntry {

    @EmbeddedId
    private ThrottleKey key;

    @Column(name = "window_start")
    private Instant windowStart;

    private int failures;

    private int lockouts;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected ThrottleEntry() {
    }

    ThrottleRule.State state() {
        return new ThrottleRule.State(windowStart, failures, lockouts, blockedUntil);
    }

    void update(ThrottleRule.State state) {
        windowStart = state.windowStart();
        failures = state.failures();
        lockouts = state.lockouts();
        blockedUntil = state.blockedUntil();
    }
}
