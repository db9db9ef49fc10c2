package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailAddressesTest {

    @Test
    void addressesDifferingOnlyInCaseAndBlanksAreTheSame() {
        assertEquals("ada@example.edu", EmailAddresses.normalise("  Ada@Example.EDU "));
    }

    @Test
    void theLocalPartKeepsItsCharacters() {
        assertEquals("ada.lovelace+quad@example.edu", EmailAddresses.normalise("Ada.Lovelace+Quad@example.edu"));
    }
}
