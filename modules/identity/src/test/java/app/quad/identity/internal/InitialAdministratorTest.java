package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InitialAdministratorTest {

    @Test
    void anInstallationWithAnAdministratorIsLeftAlone() {
        assertEquals(InitialAdministrator.Step.NOTHING, InitialAdministrator.decide(true, true));
        assertEquals(InitialAdministrator.Step.NOTHING, InitialAdministrator.decide(true, false));
    }

    @Test
    void withoutOneTheNamedAccountBecomesAdministratorOrIsInvited() {
        assertEquals(InitialAdministrator.Step.GRANT, InitialAdministrator.decide(false, true));
        assertEquals(InitialAdministrator.Step.INVITE, InitialAdministrator.decide(false, false));
    }
}
