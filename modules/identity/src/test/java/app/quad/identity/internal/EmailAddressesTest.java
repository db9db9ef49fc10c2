package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressesTest {

    @Test
    void addressesDifferingOnlyInCaseAndBlanksAreTheSame() {
        assertEquals("ada@example.edu", EmailAddresses.normalise("  Ada@Example.EDU "));
    }

    @Test
    void theLocalPartKeepsItsCharacters() {
        assertEquals("ada.lovelace+quad@example.edu", EmailAddresses.normalise("Ada.Lovelace+Quad@example.edu"));
    }

    @Test
    void plausibleAddressesHaveALocalPartAndADomainWithADot() {
        assertTrue(EmailAddresses.isPlausible("ada.okafor@example.edu"));
        assertTrue(EmailAddresses.isPlausible("ada+jobs@cs.example.edu"));
        assertFalse(EmailAddresses.isPlausible("ada@localhost"));
        assertFalse(EmailAddresses.isPlausible("@example.edu"));
        assertFalse(EmailAddresses.isPlausible("ada@@example.edu"));
        assertFalse(EmailAddresses.isPlausible("ada example@example.edu"));
        assertFalse(EmailAddresses.isPlausible("ada@-example.edu"));
        assertFalse(EmailAddresses.isPlausible("a".repeat(65) + "@example.edu"));
    }

    @Test
    void aDomainAdmitsItselfAndItsSubdomainsOnly() {
        assertTrue(EmailAddresses.isUnder("example.edu", "example.edu"));
        assertTrue(EmailAddresses.isUnder("cs.example.edu", "example.edu"));
        assertFalse(EmailAddresses.isUnder("badexample.edu", "example.edu"));
        assertFalse(EmailAddresses.isUnder("example.edu.evil.com", "example.edu"));
    }

    @Test
    void theDomainIsWhatFollowsTheLastAt() {
        assertEquals("example.edu", EmailAddresses.domainOf("ada@example.edu"));
    }
}
