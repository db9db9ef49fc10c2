package app.quad.app.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that happens after commit, such as outbox delivery. */
public final class Await {

    private Await() {
    }

    public static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
