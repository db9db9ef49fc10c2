package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.platform.Delivery;

/**
 * What becomes of one notice, given the recipient's delivery for its kind and their account.
 *
 * @param store   whether the notice is kept in the notification centre
 * @param mailNow whether it is mailed at once
 * @param digest  the digest it waits for, or null
 */
record DeliveryDecision(boolean store, boolean mailNow, Delivery digest) {

    static final DeliveryDecision DROP = new DeliveryDecision(false, false, null);

    /**
     * Only an active account is mailed: an unconfirmed address may belong to someone else, an
     * invited person has not joined yet, and a suspended one is kept out. They still find the
     * notice in Quad when they (may) sign in.
     */
    static DeliveryDecision of(Delivery delivery, AccountStatus status) {
        if (delivery == Delivery.OFF) {
            return DROP;
        }
        boolean mailable = status == AccountStatus.ACTIVE;
        return switch (delivery) {
            case EMAIL -> new DeliveryDecision(true, mailable, null);
            case DAILY_DIGEST, WEEKLY_DIGEST -> new DeliveryDecision(true, false, mailable ? delivery : null);
            default -> new DeliveryDecision(true, false, null);
        };
    }
}
