package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static ImportRow row(String email, String name, Role role, String studentId, Integer year) {
        return new ImportRow(2, email, name, role, studentId, year);
    }

    private static Account account(String email, Role... roles) {
        return new Account(email, "Someone", "hash", Set.of(roles), AccountStatus.ACTIVE, NOW);
    }

    @Test
    void anUnknownPersonGetsAnInvitedAccountWithTheRowsDetails() {
        ImportRow row = row("ann@campus.example.edu", "Ann", Role.STUDENT, "S1", 2028);
        assertEquals(ImportDecision.Kind.CREATE, ImportDecision.of(row, null, null).kind());

        Account invited = Account.invited(row, NOW);
        assertEquals(AccountStatus.INVITED, invited.getStatus());
        assertNull(invited.getPasswordHash());
        assertEquals(Set.of(Role.STUDENT), invited.getRoles());
        assertEquals("S1", invited.getStudentId());
        assertEquals(2028, invited.getGraduationYear());
    }

    @Test
    void theStudentIdFindsThePersonFirstThenTheAddress() {
        Account byId = account("ann@campus.example.edu", Role.STUDENT);
        ImportRow row = row("ann@campus.example.edu", "Ann", Role.ALUMNI, "S1", null);
        assertSame(byId, ImportDecision.of(row, byId, byId).account());

        Account byEmail = account("bo@campus.example.edu", Role.STUDENT);
        ImportDecision decision = ImportDecision.of(row("bo@campus.example.edu", "Bo", Role.STUDENT, "S2", null), null, byEmail);
        assertEquals(ImportDecision.Kind.UPDATE, decision.kind());
        assertSame(byEmail, decision.account());
    }

    @Test
    void aKnownStudentIdWithAnotherAddressIsRejectedBecauseAddressesNeverChange() {
        Account byId = account("old@campus.example.edu", Role.STUDENT);
        ImportDecision decision = ImportDecision.of(row("new@campus.example.edu", "Ann", Role.STUDENT, "S1", null), byId, null);
        assertEquals(ImportDecision.Kind.REJECT, decision.kind());
        assertTrue(decision.reason().contains("An import never changes e-mail addresses."), decision.reason());
    }

    @Test
    void staffAndAdministratorAccountsAreNeverTouched() {
        for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
            Account staff = account("sam@campus.example.edu", role);
            ImportDecision decision = ImportDecision.of(row("sam@campus.example.edu", "Sam", Role.ALUMNI, null, null), null, staff);
            assertEquals(ImportDecision.Kind.REJECT, decision.kind());
            assertEquals("The e-mail address belongs to a staff or administrator account, which an import never changes.",
                    decision.reason());
        }
    }

    @Test
    void anUpdateChangesOnlyWhatDiffersAndSaysWhat() {
        Account account = account("ann@campus.example.edu", Role.STUDENT, Role.MODERATOR);
        assertEquals(List.of("name", "role", "student id", "graduation year"),
                account.importDetails(row("ann@campus.example.edu", "Ann Lee", Role.ALUMNI, "S1", 2026)));
        assertEquals(Set.of(Role.ALUMNI, Role.MODERATOR), account.getRoles(), "other roles stay");
        assertEquals(List.of(), account.importDetails(row("ann@campus.example.edu", "Ann Lee", Role.ALUMNI, "S1", 2026)));
        assertEquals(List.of(), account.importDetails(row("ann@campus.example.edu", "Ann Lee", Role.ALUMNI, null, null)),
                "an empty student id or year keeps the stored one");
        assertEquals("S1", account.getStudentId());
        assertEquals("name, role and student id", ImportChanges.describe(List.of("name", "role", "student id")));
        assertEquals("name and role", ImportChanges.describe(List.of("name", "role")));
        assertEquals("name", ImportChanges.describe(List.of("name")));
    }

    @Test
    void onlyAnInvitedAccountAcceptsAnInvitation() {
        Account invited = Account.invited(row("ann@campus.example.edu", "Ann", Role.STUDENT, null, null), NOW);
        assertTrue(invited.acceptInvitation("hash", NOW));
        assertEquals(AccountStatus.ACTIVE, invited.getStatus());
        assertFalse(invited.acceptInvitation("other", NOW), "a second acceptance changes nothing");
        assertEquals("hash", invited.getPasswordHash());
        assertFalse(account("bo@campus.example.edu", Role.STUDENT).acceptInvitation("hash", NOW));
    }
}
