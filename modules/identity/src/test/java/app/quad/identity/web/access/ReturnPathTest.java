package app.quad.identity.web.access;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnPathTest {

    @Test
    void aPathInsideQuadIsKept() {
        assertEquals("/identity/staff/domains.xhtml?x=1", ReturnPath.orHome("/identity/staff/domains.xhtml?x=1"));
    }

    @Test
    void anythingThatCouldLeaveQuadGoesHome() {
        assertEquals("/", ReturnPath.orHome("https://evil.example.com/"));
        assertEquals("/", ReturnPath.orHome("//evil.example.com/"));
        assertEquals("/", ReturnPath.orHome("/\\evil.example.com/"));
        assertEquals("/", ReturnPath.orHome("/ok\r\nSet-Cookie: x=1"));
        assertEquals("/", ReturnPath.orHome("javascript:alert(1)"));
    }

    @Test
    void nothingGoesHome() {
        assertEquals("/", ReturnPath.orHome(null));
        assertEquals("/", ReturnPath.orHome(" "));
    }
}
