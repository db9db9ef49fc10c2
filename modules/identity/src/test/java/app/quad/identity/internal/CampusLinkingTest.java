package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.internal.CampusLinking.Action;
import app.quad.identity.internal.CampusLinking.Decision;
import app.quad.identity.internal.CampusLinking.Known;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampusLinkingTest {

    private static final ExternalIdentity VERIFIED = person("ada@campus.example.edu", true);
    private static final ExternalIdentity UNVERIFIED = person("ada@campus.example.edu", false);
    private static final ExternalIdentity WITHOUT_EMAIL = person(null, true);

    @Test
    void aLinkedActiveAccountSignsInWithoutANewLink() {
        Decision decision = CampusLinking.decide(VERIFIED, Optional.of(account(7, AccountStatus.ACTIVE)),
                Optional.empty(), true);
        assertEquals(new Decision(Action.SIGN_IN, 7, false, false, null), decision);
    }

    @Test
    void theLinkWinsOverTheAddressWhichMayHaveChanged() {
        Decision decision = CampusLinking.decide(person("ada.new@elsewhere.example.org", false),
                Optional.of(account(7, AccountStatus.ACTIVE)), Optional.of(account(9, AccountStatus.ACTIVE)), false);
        assertEquals(Action.SIGN_IN, decision.action());
        assertEquals(7, decision.accountId());
    }

    @Test
    void aLinkedSuspendedAccountIsRefused() {
        Decision decision = CampusLinking.decide(VERIFIED, Optional.of(account(7, AccountStatus.SUSPENDED)),
                Optional.empty(), true);
        assertEquals(Decision.refuse(SsoRefusal.SUSPENDED), decision);
    }

    @Test
    void withoutALinkTheAddressMustBeVerified() {
        assertEquals(Decision.refuse(SsoRefusal.EMAIL_NOT_VERIFIED),
                CampusLinking.decide(UNVERIFIED, Optional.empty(), Optional.of(account(9, AccountStatus.ACTIVE)), true));
        assertEquals(Decision.refuse(SsoRefusal.EMAIL_NOT_VERIFIED),
                CampusLinking.decide(WITHOUT_EMAIL, Optional.empty(), Optional.empty(), true));
    }

    @Test
    void anActiveAccountWithTheVerifiedAddressIsLinkedAndSignedIn() {
        Decision decision = CampusLinking.decide(VERIFIED, Optional.empty(), Optional.of(account(9, AccountStatus.ACTIVE)),
                false);
        assertEquals(new Decision(Action.SIGN_IN, 9, true, false, null), decision);
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"UNVERIFIED", "INVITED"})
    void anAccountWaitingForItsOwnerIsActivatedBecauseTheCampusVouchesForTheAddress(AccountStatus status) {
        Decision decision = CampusLinking.decide(VERIFIED, Optional.empty(), Optional.of(account(9, status)), true);
        assertEquals(new Decision(Action.SIGN_IN, 9, true, true, null), decision);
    }

    @Test
    void aSuspendedAccountWithTheAddressIsRefusedAsTheFormRefusesIt() {
        assertEquals(Decision.refuse(SsoRefusal.SUSPENDED), CampusLinking.decide(VERIFIED, Optional.empty(),
                Optional.of(account(9, AccountStatus.SUSPENDED)), true));
    }

    @Test
    void anAccountLinkedToAnotherPersonOfTheProviderIsNotTakenOverThroughARecycledAddress() {
        Known taken = new Known(9, AccountStatus.ACTIVE, true);
        assertEquals(Decision.refuse(SsoRefusal.LINKED_TO_ANOTHER),
                CampusLinking.decide(VERIFIED, Optional.empty(), Optional.of(taken), true));
    }

    @Test
    void aNewCampusAddressOpensAnAccount() {
        Decision decision = CampusLinking.decide(VERIFIED, Optional.empty(), Optional.empty(), true);
        assertEquals(Action.CREATE, decision.action());
        assertTrue(decision.link());
    }

    @Test
    void aNewAddressOffCampusIsRefused() {
        Decision decision = CampusLinking.decide(VERIFIED, Optional.empty(), Optional.empty(), false);
        assertEquals(Decision.refuse(SsoRefusal.NOT_CAMPUS), decision);
        assertFalse(decision.link());
    }

    private static Known account(long id, AccountStatus status) {
        return new Known(id, status, false);
    }

    private static ExternalIdentity person(String email, boolean verified) {
        return new ExternalIdentity("https://idp.campus.example.edu", "subject-1", email, verified, "Ada");
    }
}
