package app.quad.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a new password is acceptable, following NIST SP 800-63B: a minimum length and a check
 * against passwords others would guess, but no demands for digits or symbols, which push people
 * towards {@code Password1!} rather than towards long passphrases.
 * <p>
 * Plain Java so it can be tested without a container. It never logs the password or puts it in
 * a message or exception.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** PBKDF2 work grows with the input, so unbounded passwords would let anyone keep the server busy. */
    static final int MAX_LENGTH = 128;

    /** The shipped list, next to this class on the classpath. */
    static final String SHIPPED_LIST = "common-passwords.txt";

    private static final String BLANK = "Enter a password.";
    private static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters.";
    private static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters.";
    private static final String PERSONAL = "Do not use your name or e-mail address in your password.";
    private static final String COMMON = "This password is too common; choose one that others would not guess.";
    private static final String PATTERN =
            "This password is a repeat or a simple sequence; choose one that others would not guess.";

    /** Personal words shorter than this (Li, Ada, jo) would forbid too many innocent passwords. */
    private static final int MIN_PERSONAL_WORD = 4;

    /**
     * Runs of characters that people walk along: the alphabet, digits, keyboard rows (QWERTY,
     * QWERTZ, AZERTY) read one after the other, keyboard columns both ways, and the shifted digits.
     */
    private static final List<String> SEQUENCES = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "0123456789",
            "qwertyuiopasdfghjklzxcvbnm",
            "qwertzuiopasdfghjklyxcvbnm",
            "azertyuiopqsdfghjklmwxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol0p;/",
            "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8lo9/;p0",
            "!@#$%^&*()");

    /** Each sequence forwards and backwards, repeated so that wrapping round (…7890123…) still counts. */
    private static final List<String> LINES = lines();

    /** Every listed entry as {@link #isListed} looks it up: compacted, as typed and with look-alikes read. */
    private final Set<String> common;

    PasswordPolicy(Set<String> commonPasswords) {
        Set<String> keys = new HashSet<>();
        for (String entry : commonPasswords) {
            String key = compact(entry);
            if (!key.isEmpty()) {
                keys.add(key);
                keys.add(readLookAlikes(key, 'i'));
                keys.add(readLookAlikes(key, 'l'));
            }
        }
        this.common = Set.copyOf(keys);
    }

    static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(SHIPPED_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + SHIPPED_LIST
                        + " is missing from the classpath next to " + PasswordPolicy.class.getName());
            }
            return new PasswordPolicy(readList(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the common-password list " + SHIPPED_LIST, e);
        }
    }

    /** One entry a line, lower-cased; blank lines and lines starting with {@code #} are skipped. */
    static Set<String> readList(Reader reader) throws IOException {
        Set<String> entries = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        return entries;
    }

    /**
     * Why the password is not acceptable, as a sentence to show the person choosing it, or empty
     * when it is fine. The e-mail address and display name may be null.
     */
    Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.isBlank()) {
            return Optional.of(BLANK);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String compact = compact(password);
        if (containsPersonalWord(compact, email, displayName)) {
            return Optional.of(PERSONAL);
        }
        if (isCommon(compact)) {
            return Optional.of(COMMON);
        }
        if (isPattern(compact) || isPattern(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(PATTERN);
        }
        return Optional.empty();
    }

    /**
     * Whether the password is a listed entry with digits, punctuation or symbols before or after
     * it, so the list needs "tigers" rather than "tigers2024!", "Tigers#1" and so on.
     */
    private boolean isCommon(String compact) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        // Without a letter, trimming both ends would test every digit run inside it; trim the end only.
        boolean hasLetter = compact.codePoints().anyMatch(Character::isLetter);
        for (int i = 0; hasLetter && !Character.isLetter(compact.codePointAt(i)); ) {
            i += Character.charCount(compact.codePointAt(i));
            starts.add(i);
        }
        List<Integer> ends = new ArrayList<>();
        ends.add(compact.length());
        for (int j = compact.length(); j > 0 && !Character.isLetter(compact.codePointBefore(j)); ) {
            j -= Character.charCount(compact.codePointBefore(j));
            ends.add(j);
        }
        for (int start : starts) {
            for (int end : ends) {
                if (start < end && isListed(compact.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isListed(String word) {
        return common.contains(word)
                || common.contains(readLookAlikes(word, 'i'))
                || common.contains(readLookAlikes(word, 'l'));
    }

    private static boolean containsPersonalWord(String compact, String email, String displayName) {
        List<String> personal = personalWords(email, displayName);
        List<String> candidates = List.of(compact, keep(compact, true),
                readLookAlikes(compact, 'i'), readLookAlikes(compact, 'l'));
        for (String candidate : candidates) {
            for (String word : personal) {
                if (candidate.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The e-mail's local part and the name, whole and word by word, lower-cased. */
    private static List<String> personalWords(String email, String displayName) {
        List<String> words = new ArrayList<>();
        if (email != null) {
            String local = email.strip().toLowerCase(Locale.ROOT);
            int at = local.lastIndexOf('@');
            if (at >= 0) {
                local = local.substring(0, at);
            }
            // Student numbers often are the local part (s1234567), so the whole of it keeps its digits.
            words.add(keep(local, true));
            words.addAll(letterRuns(local));
        }
        if (displayName != null) {
            String name = displayName.toLowerCase(Locale.ROOT);
            words.add(keep(name, false));
            words.addAll(letterRuns(name));
        }
        words.removeIf(word -> word.codePointCount(0, word.length()) < MIN_PERSONAL_WORD);
        return words;
    }

    private static String keep(String text, boolean digitsToo) {
        StringBuilder kept = new StringBuilder();
        text.codePoints()
                .filter(c -> Character.isLetter(c) || (digitsToo && Character.isDigit(c)))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static List<String> letterRuns(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetter(c)) {
                run.appendCodePoint(c);
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    /**
     * Whether the text is one unit said at least twice (aaaa, abcabc, hellohello) or is made of
     * only a few runs along keyboards, the alphabet or digits (qwerty123456, aaaa1111bbbb), so
     * that its length promises far more than it holds.
     */
    private static boolean isPattern(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int period = 1; period <= text.length() / 2; period++) {
            if (text.regionMatches(period, text, 0, text.length() - period)) {
                return true;
            }
        }
        int runs = 0;
        for (int i = 0; i < text.length(); i += longestRun(text, i)) {
            runs++;
        }
        return runs * 4 <= text.length();
    }

    /** The length of the longest repeat of one character, or walk along a line, starting at {@code from}. */
    private static int longestRun(String text, int from) {
        int end = from + 1;
        while (end < text.length() && text.charAt(end) == text.charAt(from)) {
            end++;
        }
        int longest = end - from;
        for (String line : LINES) {
            end = from;
            while (end < text.length() && line.contains(text.substring(from, end + 1))) {
                end++;
            }
            longest = Math.max(longest, end - from);
        }
        return longest;
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String sequence : SEQUENCES) {
            String repeated = sequence.repeat(MAX_LENGTH / sequence.length() + 2);
            lines.add(repeated);
            lines.add(new StringBuilder(repeated).reverse().toString());
        }
        return List.copyOf(lines);
    }

    /** Lower case without blanks or the separators people put between words: "Correct-Horse Battery". */
    private static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '_' && c != '.')
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    /** Reads digits and symbols that stand in for letters (p@ssw0rd); a 1 can be an i or an l. */
    private static String readLookAlikes(String text, char one) {
        StringBuilder read = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            read.append(switch (c) {
                case '0' -> 'o';
                case '1' -> one;
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return read.toString();
    }
}
