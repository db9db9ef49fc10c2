package app.quad.identity.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/** Writes an import's report as CSV: row, email, outcome, reason. */
final class ImportReport {

    static final String[] HEADER = {"row", "email", "outcome", "reason"};

    private final CSVPrinter printer;

    ImportReport(Writer out) throws IOException {
        // The byte order mark makes Excel read the file as UTF-8 rather than guess.
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    void line(int row, String email, String outcome, String reason) throws IOException {
        printer.printRecord(row, inert(email), outcome, inert(reason));
    }

    void flush() throws IOException {
        printer.flush();
    }

    /**
     * A value that a spreadsheet will show as text, never run as a formula: the report repeats what
     * the uploaded file said, and that file could have come from anywhere.
     */
    static String inert(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
