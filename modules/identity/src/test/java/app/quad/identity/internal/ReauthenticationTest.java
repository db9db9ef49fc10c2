package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.Role;
import app.quad.platform.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReauthenticationTest {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    private static final String RIGHT = "copper meadow signal 19";
    private static final String WRONG = "Not your password.";

    private final MemoryThrottle throttle = new MemoryThrottle();
    private final Reauthentication reauthentication = new Reauthentication();
    private Account account;

    @BeforeEach
    void setUp() {
        reauthentication.throttle = throttle;
        reauthentication.hasher = new PlainHasher();
        account = new Account("rae@campus.example.edu", "Rae Reader", "plain:" + RIGHT, Set.of(Role.STUDENT),
                AccountStatus.ACTIVE, START);
    }

    @Test
    void theRightPasswordPassesAndForgetsEarlierMistakes() {
        for (int i = 0; i < ThrottleRule.MAX_FAILURES - 1; i++) {
            assertEquals(WRONG, refusal("guess " + i, START).getMessage());
        }
        assertDoesNotThrow(() -> reauthentication.confirm(account, RIGHT, "current", WRONG, START));
        assertEquals(WRONG, refusal("guess again", START).getMessage(), "counting starts again");
    }

    @Test
    void afterTenWrongPasswordsEvenTheRightOneIsRefusedUntilTheBlockEnds() {
        for (int i = 0; i < ThrottleRule.MAX_FAILURES - 1; i++) {
            refusal("guess " + i, START);
        }
        Rejection tenth = refusal("guess 10", START);
        assertEquals("current", tenth.field());
        assertEquals(Reauthentication.tooMany(START.plus(ThrottleRule.FIRST_BLOCK), START), tenth.getMessage());

        Instant stillBlocked = START.plus(ThrottleRule.FIRST_BLOCK).minusSeconds(1);
        Rejection right = assertThrows(Rejection.class,
                () -> reauthentication.confirm(account, RIGHT, "current", WRONG, stillBlocked));
        assertTrue(right.getMessage().startsWith("Too many wrong passwords"), right.getMessage());

        assertDoesNotThrow(() -> reauthentication.confirm(account, RIGHT, "current", WRONG,
                START.plus(ThrottleRule.FIRST_BLOCK)));
    }

    @Test
    void wrongPasswordsHereLeaveTheSignInCountAlone() {
        for (int i = 0; i < ThrottleRule.MAX_FAILURES; i++) {
            refusal("guess " + i, START);
        }
        assertTrue(throttle.blockedUntil(account.getEmail(), Throttle.Purpose.REAUTHENTICATION, START).isPresent());
        assertTrue(throttle.blockedUntil(account.getEmail(), Throttle.Purpose.SIGN_IN, START).isEmpty());
    }

    @Test
    void theMessageSaysWhenToTryAgainInWholeMinutesRoundedUp() {
        assertEquals("Too many wrong passwords. To protect your account, Quad does not check passwords here for a"
                + " while: try again in 5 minutes.", Reauthentication.tooMany(START.plus(Duration.ofMinutes(5)), START));
        assertTrue(Reauthentication.tooMany(START.plusSeconds(241), START).endsWith("in 5 minutes."));
        assertTrue(Reauthentication.tooMany(START.plusSeconds(20), START).endsWith("in a minute."));
    }

    private Rejection refusal(String password, Instant at) {
        return assertThrows(Rejection.class, () -> reauthentication.confirm(account, password, "current", WRONG, at));
    }

    /** The rule of the real throttle, without its table. */
    private static final class MemoryThrottle extends Throttle {

        private final Map<String, ThrottleRule.State> states = new HashMap<>();

        @Override
        Optional<Instant> blockedUntil(String email, Purpose purpose, Instant now) {
            ThrottleRule.State state = states.get(email + purpose);
            return state != null && ThrottleRule.blocked(state, now) ? Optional.of(state.blockedUntil()) : Optional.empty();
        }

        @Override
        Optional<Instant> recordFailure(String email, Purpose purpose, Instant now) {
            ThrottleRule.State next = ThrottleRule.afterFailure(
                    states.getOrDefault(email + purpose, ThrottleRule.State.fresh(now)), now);
            states.put(email + purpose, next);
            return ThrottleRule.blocked(next, now) ? Optional.of(next.blockedUntil()) : Optional.empty();
        }

        @Override
        void clear(String email, Purpose purpose) {
            states.remove(email + purpose);
        }
    }

    /** PBKDF2 at 600,000 iterations would make each guess here take a good part of a second. */
    private static final class PlainHasher extends PasswordHasher {

        @Override
        boolean matches(String password, String hash) {
            return hash.equals("plain:" + password);
        }
    }
}
