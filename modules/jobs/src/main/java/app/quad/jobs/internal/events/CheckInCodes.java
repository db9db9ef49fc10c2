package app.quad.jobs.internal.events;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Check-in codes: 11 random symbols and a check symbol in Crockford's base 32, shown as
 * {@code XXXX-XXXX-XXXX}. 55 random bits make a code impossible to guess; the check symbol tells a
 * typing mistake ("check the code") from a code Quad never issued ("no such ticket"). Typing is
 * forgiving: case, spaces, dashes and the look-alikes O/0 and I/L/1 do not matter.
 */
final class CheckInCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    static String generate() {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH - 1; i++) {
            symbols[i] = ALPHABET.charAt(RANDOM.nextInt(32));
        }
        symbols[LENGTH - 1] = ALPHABET.charAt(check(new String(symbols, 0, LENGTH - 1)));
        return format(new String(symbols));
    }

    /** The code as stored ({@code XXXX-XXXX-XXXX}), or null when the text cannot be a code or its check symbol is wrong. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != LENGTH || plain.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return null;
        }
        if (ALPHABET.charAt(check(plain.substring(0, LENGTH - 1))) != plain.charAt(LENGTH - 1)) {
            return null;
        }
        return format(plain);
    }

    /** Odd weights are invertible modulo 32, so any single mistyped symbol changes the check symbol. */
    private static int check(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (2 * i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return Math.floorMod(sum, 32);
    }

    private static String format(String plain) {
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
