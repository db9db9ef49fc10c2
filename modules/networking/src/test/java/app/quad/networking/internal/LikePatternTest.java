package app.quad.networking.internal;

import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LikePatternTest {

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        assertEquals("%100!% sure%", JpaMessages.likePattern(" 100% sure "));
        assertEquals("%a!_b!!c%", JpaMessages.likePattern("a_b!c"));
        assertNull(JpaMessages.likePattern("  "));
        assertNull(JpaMessages.likePattern(null));
        assertEquals("query", assertThrows(Rejection.class, () -> JpaMessages.likePattern("x".repeat(101))).field());
    }
}
