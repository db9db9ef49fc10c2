package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportReportTest {

    @Test
    void writesAHeaderAndOneQuotedLinePerRowForExcel() throws IOException {
        StringWriter out = new StringWriter();
        ImportReport report = new ImportReport(out);
        report.line(2, "ann@example.org", "created", "Invited by e-mail.");
        report.line(3, "bo@example.org", "rejected", "The role must be student or alumni, not \u201cx, y\u201d.");
        report.flush();
        assertEquals("\uFEFFrow,email,outcome,reason\r\n"
                + "2,ann@example.org,created,Invited by e-mail.\r\n"
                + "3,bo@example.org,rejected,\"The role must be student or alumni, not \u201cx, y\u201d.\"\r\n", out.toString());
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulasAreMadeText() {
        assertEquals("'=HYPERLINK(\"http://evil\")", ImportReport.inert("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", ImportReport.inert("+1"));
        assertEquals("'@SUM(A1)", ImportReport.inert("@SUM(A1)"));
        assertEquals("ann@example.org", ImportReport.inert("ann@example.org"));
        assertEquals("", ImportReport.inert(""));
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertEquals("students.csv", ImportFileName.clean("C:\\Users\\staff\\students.csv"));
        assertEquals("students.csv", ImportFileName.clean("/tmp/stu\ndents.csv"));
        assertEquals("import.csv", ImportFileName.clean(null));
        assertEquals(255, ImportFileName.clean("a".repeat(300)).length());
    }
}
