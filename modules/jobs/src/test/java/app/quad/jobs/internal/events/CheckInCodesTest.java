package app.quad.jobs.internal.events;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckInCodesTest {

    @Test
    void codesLookLikeThreeGroupsOfFourAndAreValid() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CheckInCodes.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
            assertEquals(code, CheckInCodes.normalise(code));
            seen.add(code);
        }
        assertEquals(1000, seen.size(), "random enough not to repeat");
    }

    @Test
    void typingIsForgiving() {
        String code = CheckInCodes.generate();
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertEquals(code, CheckInCodes.normalise(typed));
        if (code.contains("0")) {
            assertEquals(code, CheckInCodes.normalise(code.replace('0', 'o')));
        }
        if (code.contains("1")) {
            assertEquals(code, CheckInCodes.normalise(code.replace('1', 'l')));
        }
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        String code = CheckInCodes.generate().replace("-", "");
        for (int position = 0; position < code.length(); position++) {
            for (char other : CheckInCodes.ALPHABET.toCharArray()) {
                if (other == code.charAt(position)) {
                    continue;
                }
                String typo = code.substring(0, position) + other + code.substring(position + 1);
                assertNull(CheckInCodes.normalise(typo), typo);
            }
        }
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertNull(CheckInCodes.normalise(null));
        assertNull(CheckInCodes.normalise(""));
        assertNull(CheckInCodes.normalise("ABCD-EFGH"));
        assertNull(CheckInCodes.normalise("ABCD-EFGH-JKMU"), "U is not in the alphabet");
        assertNull(CheckInCodes.normalise("ABCD-EFGH-JKMN-P"));
    }
}
