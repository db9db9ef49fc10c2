package app.quad.groups.internal;

import app.quad.groups.GroupRole;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static app.quad.groups.GroupVisibility.CLOSED;
import static app.quad.groups.GroupVisibility.OPEN;
import static app.quad.groups.GroupVisibility.SECRET;
import static app.quad.groups.MembershipStatus.ACTIVE;
import static app.quad.groups.MembershipStatus.BANNED;
import static app.quad.groups.MembershipStatus.INVITED;
import static app.quad.groups.MembershipStatus.REQUESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupRulesTest {

    @Test
    void secretGroupsExistOnlyForMembersAndInvitees() {
        assertTrue(GroupRules.sees(OPEN, null));
        assertTrue(GroupRules.sees(CLOSED, null));
        assertFalse(GroupRules.sees(SECRET, null));
        assertFalse(GroupRules.sees(SECRET, REQUESTED));
        assertFalse(GroupRules.sees(SECRET, BANNED));
        assertTrue(GroupRules.sees(SECRET, INVITED));
        assertTrue(GroupRules.sees(SECRET, ACTIVE));
    }

    @Test
    void onlyActiveMembersSeeInsideClosedAndSecretGroups() {
        assertTrue(GroupRules.seesInside(OPEN, null));
        assertFalse(GroupRules.seesInside(OPEN, BANNED));
        for (var visibility : new app.quad.groups.GroupVisibility[]{CLOSED, SECRET}) {
            assertFalse(GroupRules.seesInside(visibility, null));
            assertFalse(GroupRules.seesInside(visibility, REQUESTED));
            assertFalse(GroupRules.seesInside(visibility, INVITED));
            assertFalse(GroupRules.seesInside(visibility, BANNED));
            assertTrue(GroupRules.seesInside(visibility, ACTIVE));
        }
    }

    @Test
    void joiningDependsOnVisibilityStandingAndCampus() {
        assertEquals(ACTIVE, GroupRules.joinOutcome(OPEN, null, true));
        assertEquals(ACTIVE, GroupRules.joinOutcome(OPEN, null, false));
        assertEquals(REQUESTED, GroupRules.joinOutcome(CLOSED, null, true));
        assertNull(GroupRules.joinOutcome(CLOSED, null, false));
        assertNull(GroupRules.joinOutcome(SECRET, null, true));
        assertEquals(ACTIVE, GroupRules.joinOutcome(SECRET, INVITED, true));
        assertNull(GroupRules.joinOutcome(OPEN, BANNED, true));
        assertEquals(REQUESTED, GroupRules.joinOutcome(CLOSED, REQUESTED, true));
    }

    @Test
    void managersRemoveMembersOwnersRemoveManagersNobodyRemovesOwners() {
        assertTrue(GroupRules.mayRemove(GroupRole.MANAGER, GroupRole.MEMBER));
        assertFalse(GroupRules.mayRemove(GroupRole.MANAGER, GroupRole.MANAGER));
        assertFalse(GroupRules.mayRemove(GroupRole.MANAGER, GroupRole.OWNER));
        assertTrue(GroupRules.mayRemove(GroupRole.OWNER, GroupRole.MANAGER));
        assertFalse(GroupRules.mayRemove(GroupRole.OWNER, GroupRole.OWNER));
        assertFalse(GroupRules.mayRemove(GroupRole.MEMBER, GroupRole.MEMBER));
        assertTrue(GroupRules.mayInvite(OPEN, GroupRole.MEMBER));
        assertFalse(GroupRules.mayInvite(CLOSED, GroupRole.MEMBER));
        assertTrue(GroupRules.mayInvite(SECRET, GroupRole.MANAGER));
    }

    @Test
    void campusMembersWithActiveAccountsCreate() {
        assertTrue(GroupRules.mayCreate(account(AccountStatus.ACTIVE, Role.STUDENT)));
        assertTrue(GroupRules.mayCreate(account(AccountStatus.ACTIVE, Role.ALUMNI)));
        assertTrue(GroupRules.mayCreate(account(AccountStatus.ACTIVE, Role.STAFF)));
        assertFalse(GroupRules.mayCreate(account(AccountStatus.ACTIVE, Role.EMPLOYER)));
        assertFalse(GroupRules.mayCreate(account(AccountStatus.SUSPENDED, Role.STUDENT)));
    }

    @Test
    void textIsPlainAndBounded() {
        assertNull(GroupRules.textProblem("The name", "Robotics Club", 80, true));
        assertNull(GroupRules.textProblem("The rules", "", 80, false));
        assertNull(GroupRules.textProblem("The rules", "Be kind; 3 < 4 is fine.", 80, false));
        assertEquals("The name is required.", GroupRules.textProblem("The name", "  ", 80, true));
        assertNotNull(GroupRules.textProblem("The name", "x".repeat(81), 80, true));
        assertTrue(GroupRules.textProblem("The description", "hi <script>alert(1)</script>", 80, true).contains("plain text"));
        assertNotNull(GroupRules.textProblem("The description", "<img src=x onerror=alert(1)>", 80, true));
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertEquals("robotics-club", GroupRules.slug("  Robotics Club! "));
        assertEquals("ecole-d-ete-2026", GroupRules.slug("École d'été 2026"));
        assertEquals("group", GroupRules.slug("!!!"));
    }

    @Test
    void mentionsAreNamesAfterAnAtSign() {
        assertEquals(Set.of("adalovelace", "grace"), GroupRules.mentionTokens("Thanks @Ada.Lovelace and @Grace! Mail me at a@b.example"));
        assertEquals(Set.of(), GroupRules.mentionTokens("no one, not even @ alone or @@double"));
        assertEquals(GroupRules.MENTIONS_MAX, GroupRules.mentionTokens("@a1 @a2 @a3 @a4 @a5 @a6 @a7 @a8 @a9 @a10 @a11 @a12").size());
        assertTrue(GroupRules.fullNameMatches("Ada Lovelace", "adalovelace"));
        assertTrue(GroupRules.fullNameMatches("Zoë O'Neil", "zoeoneil"));
        assertFalse(GroupRules.fullNameMatches("Ada Lovelace", "ada"));
        assertTrue(GroupRules.firstNameMatches("Ada Lovelace", "ada"));
        assertFalse(GroupRules.firstNameMatches("Adam Smith", "ada"));
    }

    @Test
    void postingIsLimitedPerMinuteAndPerHour() {
        java.time.Instant now = java.time.Instant.parse("2026-11-23T12:00:00Z");
        java.util.List<java.time.Instant> fourJustNow = java.util.List.of(now.minusSeconds(1), now.minusSeconds(2), now.minusSeconds(3),
                now.minusSeconds(4));
        assertTrue(GroupRules.nextPostAllowed(fourJustNow, now, 5, 30).isEmpty());
        java.util.List<java.time.Instant> five = new java.util.ArrayList<>(fourJustNow);
        five.add(now.minusSeconds(50));
        assertEquals(now.plusSeconds(10), GroupRules.nextPostAllowed(five, now, 5, 30).orElseThrow(), "when the fifth newest leaves the minute");
        java.util.List<java.time.Instant> thirty = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            thirty.add(now.minusSeconds(100 + i * 60L));
        }
        assertEquals(thirty.get(29).plusSeconds(3600), GroupRules.nextPostAllowed(thirty, now, 5, 30).orElseThrow());
        assertEquals("in 10 seconds", GroupRules.wait(now, now.plusSeconds(10)));
        assertEquals("in 3 minutes", GroupRules.wait(now, now.plusSeconds(121)));
    }

    @Test
    void hiddenGroupsAreForTheirMembersOnly() {
        assertTrue(GroupRules.sees(OPEN, true, ACTIVE));
        assertFalse(GroupRules.sees(OPEN, true, null));
        assertFalse(GroupRules.sees(CLOSED, true, INVITED));
        assertTrue(GroupRules.sees(CLOSED, false, null));
    }

    private static AccountSummary account(AccountStatus status, Role role) {
        return new AccountSummary(1, "a@b.invalid", "A", Set.of(role), status);
    }

    @Test
    void aGroupModerationRemovedIsThereForNobodyItsMembersIncluded() {
        assertTrue(GroupRules.sees(OPEN, true, false, ACTIVE), "hidden: its members still see it");
        assertFalse(GroupRules.sees(OPEN, false, true, ACTIVE));
        assertFalse(GroupRules.sees(OPEN, false, true, null));
        assertFalse(GroupRules.sees(SECRET, false, true, INVITED));
        assertTrue(GroupRules.sees(OPEN, false, false, null));
    }
}
