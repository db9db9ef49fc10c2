package app.quad.identity.web.access;

import app.quad.identity.internal.SsoRefusal;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SignInTest {

    @Test
    void everyCampusRefusalIsExplained() {
        for (SsoRefusal refusal : SsoRefusal.values()) {
            assertFalse(SignIn.ssoMessage(refusal).isBlank(), refusal.name());
        }
    }

    @Test
    void aSuspendedAccountGetsTheSameAnswerWhicheverWayItSignsIn() {
        assertEquals(SignIn.SUSPENDED, SignIn.ssoMessage(SsoRefusal.SUSPENDED));
    }
}
