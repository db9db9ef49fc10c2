package app.quad.networking;

import java.time.Instant;

/**
 * How many connection requests a member may still send in the rolling week.
 *
 * @param nextFreeAt when the oldest request of the week stops counting; null while some are left
 */
public record RequestBudget(int allowed, int used, Instant nextFreeAt) {

    public int left() {
        return Math.max(0, allowed - used);
    }
}
