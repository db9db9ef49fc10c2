package app.quad.identity.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static final PasswordPolicy SHIPPED = PasswordPolicy.withShippedList();
    private static final PasswordPolicy NO_LIST = new PasswordPolicy(Set.of());

    private static final String EMAIL = "ada.lovelace@example.edu";
    private static final String NAME = "Ada Lovelace";

    private static final String BLANK = "Enter a password.";
    private static final String TOO_SHORT = "Use at least 12 characters.";
    private static final String TOO_LONG = "Use at most 128 characters.";
    private static final String COMMON = "This password is too common; choose one that others would not guess.";
    private static final String PATTERN =
            "This password is a repeat or a simple sequence; choose one that others would not guess.";
    private static final String PERSONAL = "Do not use your name or e-mail address in your password.";

    /** U+1F989 OWL: one code point, two Java chars. */
    private static final String OWL = "\uD83E\uDD89";

    /** A passphrase longer than the maximum, with no repeats, to cut to length. */
    private static final String LONG_PASSPHRASE = "amber basil cedar delta ember fjord grove heron indigo juniper"
            + " kelp lotus maple nectar olive pebble quill raven saffron thyme umber violet willow yarrow zinnia";

    private static Optional<String> problem(String password) {
        return SHIPPED.problem(password, EMAIL, NAME);
    }

    private static String passphraseOf(int codePoints) {
        return LONG_PASSPHRASE.substring(0, LONG_PASSPHRASE.offsetByCodePoints(0, codePoints));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mellow orbit lantern 42", "Tr4vel-Kestrel-Ink", "saffron comet under the bridge",
            "Wir fahren morgen nach Zürich", "ada rides a blue bike"})
    void acceptsPassphrases(String password) {
        assertEquals(Optional.empty(), problem(password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "              ", "\t\n  "})
    void asksForAPasswordWhenThereIsNone(String password) {
        assertEquals(Optional.of(BLANK), problem(password));
    }

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertEquals(Optional.of(TOO_SHORT), problem("mellow orbi"));
        assertEquals(Optional.empty(), problem("mellow orbit"));
    }

    @Test
    void oneHundredAndTwentyEightCharactersAreTheMost() {
        assertEquals(Optional.empty(), problem(passphraseOf(128)));
        assertEquals(Optional.of(TOO_LONG), problem(passphraseOf(129)));
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String elevenCodePoints = "mellow orb" + OWL;
        assertEquals(12, elevenCodePoints.length());
        assertEquals(Optional.of(TOO_SHORT), problem(elevenCodePoints));
        assertEquals(Optional.empty(), problem("mellow orbi" + OWL));

        String maximum = passphraseOf(127) + OWL;
        assertEquals(129, maximum.length());
        assertEquals(Optional.empty(), problem(maximum));
        assertEquals(Optional.of(TOO_LONG), problem(passphraseOf(128) + OWL));
    }

    @Test
    void aHugePasswordIsRefusedForItsLengthAlone() {
        assertEquals(Optional.of(TOO_LONG), problem("a".repeat(1_000_000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234!", "P@ssw0rd2024!", "Password123456", "2024password!", "passw0rd!!!!",
            "iloveyou2024", "qwertyuiop12", "Trustno12024", "L3tMe1nPlease", "Fo0tba11!!2024", "$unshine2024",
            "Welcome to the jungle", "correct horse battery staple", "Correct-Horse-Battery-Staple",
            "Tigers2024!!", "GoTigers2024", "Huskies #1 2025", "University2025!", "Career Center 2024",
            "classof2026!!", "Summer2024!!!", "September2025", "Quad-Demo-Password", "quad demo password",
            "QuadNetwork2024"})
    void refusesCommonPasswordsDespiteSuffixesAndLookAlikes(String password) {
        assertEquals(Optional.of(COMMON), problem(password));
    }

    @Test
    void aListedWordInsideALongerPassphraseIsFine() {
        assertEquals(Optional.empty(), problem("password lantern kestrel"));
        assertEquals(Optional.empty(), problem("tigers eat quiet plums"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "qwertyuiopas", "1qaz2wsx3edc",
            "lkjihgfedcba", "0987654321098", "abcabcabcabc", "asdfasdfasdf", "kestrelkestrel", "qwerty123456",
            "aaaa1111bbbb", "zaq12wsxcde3", "!@#$%^&*()!@", "a          b", OWL + OWL + OWL + OWL + OWL + OWL
                    + OWL + OWL + OWL + OWL + OWL + OWL})
    void refusesRepeatsAndSequences(String password) {
        assertEquals(Optional.of(PATTERN), NO_LIST.problem(password, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "qwertyuiopas", "1qaz2wsx3edc"})
    void theShippedPolicyRefusesRepeatsAndSequencesToo(String password) {
        Optional<String> problem = problem(password);
        assertTrue(problem.equals(Optional.of(COMMON)) || problem.equals(Optional.of(PATTERN)),
                () -> "unexpected: " + problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lovelace-Rocks-2024", "ada.lovelace forever", "AdaLovelace!!42", "l0v3lac3 is here",
            "my name is LOVELACE"})
    void refusesTheOwnNameOrEmail(String password) {
        assertEquals(Optional.of(PERSONAL), problem(password));
    }

    @Test
    void theEmailLocalPartAndNameAreCheckedOnTheirOwn() {
        assertEquals(Optional.of(PERSONAL), SHIPPED.problem("kestrel garden 99", "kestrel.ink@uni.example", null));
        assertEquals(Optional.of(PERSONAL), SHIPPED.problem("s1234567 is my id", "s1234567@uni.example", null));
        assertEquals(Optional.of(PERSONAL), SHIPPED.problem("Okonkwo forever 2024", null, "Chidi Okonkwo"));
    }

    @Test
    void nameWordsShorterThanFourLettersAreAllowed() {
        assertEquals(Optional.empty(), SHIPPED.problem("ada rides a blue bike", "ada@uni.example", "Ada Wu"));
    }

    @Test
    void messagesNeverRepeatThePassword() {
        for (String password : List.of("Password1234!", "aaaaaaaaaaaa", "Lovelace-Rocks-2024", "short", "x".repeat(200))) {
            String message = problem(password).orElseThrow();
            assertFalse(message.contains(password), message);
        }
    }

    @Test
    void usesTheListItIsGiven() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("Kestrel", "Blue Moon"));
        assertEquals(Optional.of(COMMON), policy.problem("Kestrel2024!!", null, null));
        assertEquals(Optional.of(COMMON), policy.problem("blue-moon-2024", null, null));
        assertEquals(Optional.empty(), policy.problem("Password1234!", null, null));
    }

    @Test
    void readingAListSkipsCommentsAndBlankLinesAndLowerCases() throws IOException {
        String text = "# a comment\n\n   \nPassword\n  Tigers  \n#letmein\n  # indented comment\nqwerty\n";
        assertEquals(Set.of("password", "tigers", "qwerty"), PasswordPolicy.readList(new StringReader(text)));
    }

    @Test
    void theShippedListIsLargeLowerCaseAndWithoutDuplicates() throws IOException {
        List<String> entries = shippedEntries();
        assertTrue(entries.size() >= 300, "only " + entries.size() + " entries");
        assertAll(entries.stream().map(entry -> () ->
                assertEquals(entry.toLowerCase(Locale.ROOT), entry, "not lower-case: " + entry)));
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = entries.stream().filter(entry -> !seen.add(entry)).collect(Collectors.toSet());
        assertEquals(Set.of(), duplicates);
    }

    @Test
    void everyShippedEntryIsRefusedWithDigitsAndSymbolsAdded() throws IOException {
        assertAll(shippedEntries().stream().map(entry -> () -> {
            String password = entry + "2024!" + "!".repeat(Math.max(0, PasswordPolicy.MIN_LENGTH - entry.length()));
            assertEquals(Optional.of(COMMON), SHIPPED.problem(password, null, null), entry);
        }));
    }

    private static List<String> shippedEntries() throws IOException {
        InputStream in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.SHIPPED_LIST);
        assertNotNull(in, "the shipped list is missing");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}
