package app.quad.identity.internal;

import app.quad.identity.AccountImports;
import app.quad.identity.Role;
import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportFileTest {

    private static final ImportRowRule RULE = new ImportRowRule(List.of("campus.example.edu"), 2026);

    @Test
    void readsValidRowsNormalisedWithSpreadsheetRowNumbers() {
        List<FileRow> rows = read("""
                email,name,role,student_id,graduation_year
                 Ada.Okafor@Campus.Example.edu ,Ada Okafor,Student,s-1001,2027
                dana@elsewhere.example.org,"Ruiz, Dana",alumni,,
                """);
        assertEquals(List.of(
                new ImportRow(2, "ada.okafor@campus.example.edu", "Ada Okafor", Role.STUDENT, "S-1001", 2027),
                new ImportRow(3, "dana@elsewhere.example.org", "Ruiz, Dana", Role.ALUMNI, null, null)), rows);
    }

    @Test
    void columnsMayComeInAnyOrderAndCaseAndTheOptionalOnesMayBeLeftOut() {
        List<FileRow> rows = read("Role, Name ,EMAIL\r\nalumni,Grace Hopper,grace@example.org\r\n");
        assertEquals(List.of(new ImportRow(2, "grace@example.org", "Grace Hopper", Role.ALUMNI, null, null)), rows);
        assertEquals(1, read("email,name,role,Student ID\nx@example.org,X,alumni,7\n").size());
    }

    @Test
    void theDirectoryOptOutIsYesNoOrLeftAsItIs() {
        List<FileRow> rows = read("""
                email,name,role,directory_opt_out
                a@campus.example.edu,A,student,yes
                b@campus.example.edu,B,student,No
                c@campus.example.edu,C,student,
                d@campus.example.edu,D,student,maybe
                """);
        assertEquals(Boolean.TRUE, ((ImportRow) rows.get(0)).directoryOptOut());
        assertEquals(Boolean.FALSE, ((ImportRow) rows.get(1)).directoryOptOut());
        assertEquals(null, ((ImportRow) rows.get(2)).directoryOptOut());
        assertTrue(((RejectedRow) rows.get(3)).reason().contains("must be yes or no"));
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        List<FileRow> rows = read("\uFEFFemail,name,role\nann@example.org,Ann,alumni\n");
        assertInstanceOf(ImportRow.class, rows.get(0));
    }

    @Test
    void wrongColumnsRefuseTheWholeFileNamingThem() {
        Rejection missing = refused("mail,name\nann@example.org,Ann\n");
        assertEquals("file", missing.field());
        assertTrue(missing.getMessage().contains("Missing columns: email, role."), missing.getMessage());
        assertTrue(missing.getMessage().contains("Unknown column: mail."), missing.getMessage());

        Rejection twice = refused("email,name,role,email\n");
        assertTrue(twice.getMessage().contains("Named twice: email."), twice.getMessage());
        assertTrue(refused("email,name,role,\n").getMessage().contains("a column without a name"));
    }

    @Test
    void semicolonsAreExplained() {
        assertTrue(refused("email;name;role\nann@example.org;Ann;alumni\n").getMessage().contains("semicolons"));
    }

    @Test
    void anEmptyFileOrOneWithoutPeopleIsRefused() {
        assertTrue(refused("").getMessage().contains("empty"));
        assertTrue(refused("email,name,role\n\n,,\n").getMessage().contains("nobody in it"));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "email,name,role\nrene@example.org,Ren\u00e9,alumni\n".getBytes(StandardCharsets.ISO_8859_1);
        Rejection rejection = assertThrows(Rejection.class, () -> ImportFile.read(latin1, RULE));
        assertTrue(rejection.getMessage().contains("not UTF-8"), rejection.getMessage());
    }

    @Test
    void aFileOverTheSizeOrRowLimitIsRefused() {
        byte[] tooLarge = new byte[(int) AccountImports.MAX_FILE_BYTES + 1];
        assertTrue(assertThrows(Rejection.class, () -> ImportFile.read(tooLarge, RULE)).getMessage().contains("10 MB"));

        StringBuilder file = new StringBuilder("email,name,role\n");
        for (int i = 0; i <= AccountImports.MAX_ROWS; i++) {
            file.append("p").append(i).append("@example.org,P,alumni\n");
        }
        assertTrue(refused(file.toString()).getMessage().contains("more than 50,000 rows"));
    }

    @Test
    void brokenQuotingRejectsOnlyThatRowAndTheRestGoesOn() {
        List<FileRow> rows = read("""
                email,name,role
                ann@example.org,"Ann,alumni
                bob@example.org,"Bob "The Builder"",alumni
                cy@example.org,Cy,alumni
                """);
        assertEquals(3, rows.size());
        RejectedRow unclosed = assertInstanceOf(RejectedRow.class, rows.get(0));
        assertEquals(2, unclosed.row());
        assertEquals("ann@example.org", unclosed.email());
        assertTrue(unclosed.reason().contains("double quote is not closed"), unclosed.reason());
        assertInstanceOf(RejectedRow.class, rows.get(1));
        assertEquals(new ImportRow(4, "cy@example.org", "Cy", Role.ALUMNI, null, null), rows.get(2));
    }

    @Test
    void aQuoteWrittenTwiceInsideQuotesIsAQuote() {
        ImportRow row = assertInstanceOf(ImportRow.class, read("email,name,role\nbo@example.org,\"Bo \"\"Bob\"\" Lee\",alumni\n").get(0));
        assertEquals("Bo \"Bob\" Lee", row.name());
    }

    @Test
    void blankLinesAreSkippedButCountForRowNumbers() {
        List<FileRow> rows = read("email,name,role\n\nann@example.org,Ann,alumni\n,,\n");
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).row());
    }

    @Test
    void aRepeatedAddressOrStudentIdIsRejectedNamingTheFirstRow() {
        List<FileRow> rows = read("""
                email,name,role,student_id
                ann@campus.example.edu,Ann,student,S1
                ANN@campus.example.edu,Ann Again,student,S2
                bo@campus.example.edu,Bo,student,s1
                """);
        assertInstanceOf(ImportRow.class, rows.get(0));
        assertEquals("Row 2 of this file has the same e-mail address.", reason(rows.get(1)));
        assertEquals("Row 2 of this file has the same student id.", reason(rows.get(2)));
    }

    @Test
    void eachRuleRejectsItsRowWithAReason() {
        List<FileRow> rows = read("""
                email,name,role,student_id,graduation_year
                ,No Address,alumni,,
                not-an-address,Bad Address,alumni,,
                ann@example.org,,alumni,,
                bo@example.org,Bo,,,
                cy@example.org,Cy,teacher,,
                di@gmail.example.com,Di,student,,
                ed@example.org,Ed,alumni,S 1,
                fa@example.org,Fa,alumni,,1850
                gu@example.org,Gu,alumni,,20
                ha@example.org,Ha,alumni,,,extra
                """);
        assertEquals(List.of(
                "The e-mail address is missing.",
                "\u201cnot-an-address\u201d is not an e-mail address such as name@example.edu.",
                "The name is missing.",
                "The role is missing: write student or alumni.",
                "The role must be student or alumni, not \u201cteacher\u201d.",
                "Students are imported with their campus e-mail address (ending in @campus.example.edu).",
                "The student id \u201cS 1\u201d is not valid: use at most 32 letters, digits, dots, hyphens or underscores.",
                "The graduation year \u201c1850\u201d is not a year between 1900 and 2036, written with four digits.",
                "The graduation year \u201c20\u201d is not a year between 1900 and 2036, written with four digits.",
                "The row has 6 values but the header names 5 columns. Put a value that contains a comma in double quotes."),
                rows.stream().map(ImportFileTest::reason).toList());
    }

    @Test
    void studentsOnSubdomainsOfACampusDomainAreAdmittedAndWithoutDomainsNoStudentIs() {
        assertInstanceOf(ImportRow.class, read("email,name,role\nann@cs.campus.example.edu,Ann,student\n").get(0));
        List<FileRow> rows = ImportFile.read("email,name,role\nann@campus.example.edu,Ann,student\n"
                .getBytes(StandardCharsets.UTF_8), new ImportRowRule(List.of(), 2026));
        assertTrue(reason(rows.get(0)).startsWith("No campus e-mail domain is listed yet"), reason(rows.get(0)));
    }

    @Test
    void aTooLongNameIsRejected() {
        String name = "N".repeat(101);
        assertEquals("The name is longer than 100 characters.", reason(read("email,name,role\nn@example.org," + name + ",alumni\n").get(0)));
    }

    private static List<FileRow> read(String file) {
        return ImportFile.read(file.getBytes(StandardCharsets.UTF_8), RULE);
    }

    private static Rejection refused(String file) {
        return assertThrows(Rejection.class, () -> read(file));
    }

    private static String reason(FileRow row) {
        return assertInstanceOf(RejectedRow.class, row).reason();
    }
}
