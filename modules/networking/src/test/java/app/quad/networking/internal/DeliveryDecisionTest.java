package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.platform.Delivery;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryDecisionTest {

    @Test
    void offKeepsNothingAndSendsNothing() {
        for (AccountStatus status : AccountStatus.values()) {
            assertEquals(new DeliveryDecision(false, false, null), DeliveryDecision.of(Delivery.OFF, status), status.name());
        }
    }

    @Test
    void inAppIsKeptButNeverMailed() {
        assertEquals(new DeliveryDecision(true, false, null), DeliveryDecision.of(Delivery.IN_APP, AccountStatus.ACTIVE));
    }

    @Test
    void emailIsKeptAndMailedAtOnce() {
        assertEquals(new DeliveryDecision(true, true, null), DeliveryDecision.of(Delivery.EMAIL, AccountStatus.ACTIVE));
    }

    @Test
    void digestsAreKeptAndWaitForTheirPeriod() {
        assertEquals(new DeliveryDecision(true, false, Delivery.DAILY_DIGEST),
                DeliveryDecision.of(Delivery.DAILY_DIGEST, AccountStatus.ACTIVE));
        assertEquals(new DeliveryDecision(true, false, Delivery.WEEKLY_DIGEST),
                DeliveryDecision.of(Delivery.WEEKLY_DIGEST, AccountStatus.ACTIVE));
    }

    @Test
    void anAccountThatIsNotActiveIsToldInQuadButNeverMailed() {
        for (AccountStatus status : new AccountStatus[] {AccountStatus.SUSPENDED, AccountStatus.UNVERIFIED, AccountStatus.INVITED}) {
            for (Delivery delivery : new Delivery[] {Delivery.IN_APP, Delivery.EMAIL, Delivery.DAILY_DIGEST, Delivery.WEEKLY_DIGEST}) {
                assertEquals(new DeliveryDecision(true, false, null), DeliveryDecision.of(delivery, status), status + " " + delivery);
            }
        }
    }
}
