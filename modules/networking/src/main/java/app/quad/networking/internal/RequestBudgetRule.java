package app.quad.networking.internal;

import app.quad.networking.RequestBudget;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Quality over quantity: a member may send only so many connection requests in any seven days.
 * Every request counts, whatever became of it, so withdrawing and asking again gains nothing.
 */
final class RequestBudgetRule {

    static final Duration WINDOW = Duration.ofDays(7);

    private RequestBudgetRule() {
    }

    /**
     * @param sent when the member's requests of the last seven days were sent, oldest first
     */
    static RequestBudget budget(int allowed, List<Instant> sent) {
        int used = sent.size();
        Instant nextFreeAt = used < allowed ? null : sent.get(used - allowed).plus(WINDOW);
        return new RequestBudget(allowed, used, nextFreeAt);
    }
}
