package app.quad.identity.internal;

import app.quad.identity.TokenOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T09:00:00Z");

    private static Token verification() {
        return new Token(7, Token.Purpose.VERIFY_EMAIL, "hash", ISSUED);
    }

    @Test
    void aVerificationLinkWorksForFortyEightHours() {
        assertEquals(TokenOutcome.ACCEPTED,
                verification().redeem(Token.Purpose.VERIFY_EMAIL, ISSUED.plus(Duration.ofHours(48)).minusMillis(1)));
        assertEquals(TokenOutcome.EXPIRED,
                verification().redeem(Token.Purpose.VERIFY_EMAIL, ISSUED.plus(Duration.ofHours(48))));
    }

    @Test
    void aResetLinkWorksForOneHour() {
        Token reset = new Token(7, Token.Purpose.RESET_PASSWORD, "hash", ISSUED);
        assertEquals(TokenOutcome.EXPIRED, reset.redeem(Token.Purpose.RESET_PASSWORD, ISSUED.plus(Duration.ofHours(1))));
    }

    @Test
    void aLinkWorksOnce() {
        Token token = verification();
        assertEquals(TokenOutcome.ACCEPTED, token.redeem(Token.Purpose.VERIFY_EMAIL, ISSUED.plusSeconds(5)));
        assertEquals(TokenOutcome.USED, token.redeem(Token.Purpose.VERIFY_EMAIL, ISSUED.plusSeconds(6)));
    }

    @Test
    void aLinkForOnePurposeDoesNothingForAnother() {
        Token token = verification();
        assertEquals(TokenOutcome.UNKNOWN, token.redeem(Token.Purpose.RESET_PASSWORD, ISSUED.plusSeconds(5)));
        assertEquals(TokenOutcome.ACCEPTED, token.redeem(Token.Purpose.VERIFY_EMAIL, ISSUED.plusSeconds(6)));
    }

    @Test
    void aRetiredLinkCountsAsUsed() {
        Token token = verification();
        token.retire(ISSUED.plusSeconds(1));
        assertEquals(TokenOutcome.USED, token.redeem(Token.Purpose.VERIFY_EMAIL, ISSUED.plusSeconds(2)));
    }

    @Test
    void theStoredHashIsSha256OfTheSecretNotTheSecret() {
        String hash = Tokens.hash("secret");
        assertEquals(64, hash.length());
        assertEquals("2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b", hash);
        assertNotEquals(Tokens.hash("secret "), hash);
    }
}
