package app.quad.moderation.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationSignalsTest {

    @Test
    void aWebsiteAtTheEmailDomainIsFine() {
        assertEquals(List.of(), OrganisationSignals.textSignals("https://www.acme.example.com/careers", "acme.example.com"));
        assertEquals(List.of(), OrganisationSignals.textSignals("https://careers.acme.example.com", "acme.example.com"));
    }

    @Test
    void freeMailAndAWebsiteElsewhereAreSigns() {
        List<String> signals = OrganisationSignals.textSignals("https://www.acme-jobs.example.net", "gmail.com");
        assertEquals(2, signals.size(), signals.toString());
        assertTrue(signals.get(0).contains("free mail"));
        assertTrue(signals.get(1).contains("not at its e-mail domain"));
        assertTrue(OrganisationSignals.textSignals("not a website", "acme.example.com").get(0).contains("not a valid address"));
    }
}
