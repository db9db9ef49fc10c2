package app.quad.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudienceTest {

    enum Role { STAFF, ADMIN, STUDENT }

    @Test
    void everyoneAdmitsSignedOutVisitors() {
        assertTrue(Audience.EVERYONE.admits(false, role -> false));
    }

    @Test
    void signedInAdmitsAnyRoleButNotVisitors() {
        assertTrue(Audience.SIGNED_IN.admits(true, role -> false));
        assertFalse(Audience.SIGNED_IN.admits(false, role -> true));
    }

    @Test
    void rolesAdmitAHolderOfAnyOfThem() {
        Audience staffOrAdmin = Audience.holdersOf(Role.STAFF, Role.ADMIN);
        assertTrue(staffOrAdmin.admits(true, Set.of("ADMIN")::contains));
        assertFalse(staffOrAdmin.admits(true, Set.of("STUDENT")::contains));
        assertFalse(staffOrAdmin.admits(false, Set.of("ADMIN")::contains));
    }

    @Test
    void anEmptyRoleListIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Audience.holdersOf());
    }
}
