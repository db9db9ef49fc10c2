package app.quad.identity.internal;

import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The current password, asked again before a change only its owner may make (a new password,
 * deleting the account). Whoever holds a stolen or forgotten session could otherwise guess it
 * here without limit. Wrong passwords are counted per account by {@link ThrottleRule}, as failed
 * sign-ins are, but on a count of their own: guessing here neither uses up nor resets the
 * sign-in count, so it cannot lock the person out of signing in.
 */
@ApplicationScoped
class Reauthentication {

    @Inject
    PasswordHasher hasher;

    @Inject
    Throttle throttle;

    /**
     * Returns quietly when the password is the account's.
     *
     * @param field the input the password was typed into, for the rejection
     * @param wrong what to say when the password is wrong
     * @throws Rejection at {@code field}: {@code wrong}, or, after too many wrong passwords, when to try again
     */
    void confirm(Account account, String password, String field, String wrong) {
        confirm(account, password, field, wrong, Instant.now());
    }

    void confirm(Account account, String password, String field, String wrong, Instant now) {
        String address = account.getEmail();
        Optional<Instant> blocked = throttle.blockedUntil(address, Throttle.Purpose.REAUTHENTICATION, now);
        if (blocked.isPresent()) {
            // Not even checked, so that the right password among many guesses does not stand out.
            throw new Rejection(field, tooMany(blocked.get(), now));
        }
        if (!hasher.matches(password == null ? "" : password, account.getPasswordHash())) {
            throw new Rejection(field, throttle.recordFailure(address, Throttle.Purpose.REAUTHENTICATION, now)
                    .map(until -> tooMany(until, now))
                    .orElse(wrong));
        }
        throttle.clear(address, Throttle.Purpose.REAUTHENTICATION);
    }

    static String tooMany(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
        return "Too many wrong passwords. To protect your account, Quad does not check passwords here for a while:"
                + " try again in " + (minutes == 1 ? "a minute" : minutes + " minutes") + ".";
    }
}
