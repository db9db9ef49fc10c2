package app.quad.identity;

import java.time.Instant;

/**
 * An account's standing, for moderators and automated defences.
 *
 * @param verified       whether the person has confirmed their address (or was vouched for)
 * @param suspendedUntil when a suspension for a period ends; null when not suspended or banned
 */
public record AccountStanding(long accountId, AccountStatus status, Instant createdAt, boolean verified, Instant suspendedUntil) {

    /** Suspended without an end. */
    public boolean banned() {
        return status == AccountStatus.SUSPENDED && suspendedUntil == null;
    }
}
