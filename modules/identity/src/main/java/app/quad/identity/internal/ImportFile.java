package app.quad.identity.internal;

import app.quad.identity.AccountImports;
import app.quad.platform.Rejection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an import file: UTF-8 text (a byte order mark is allowed), a header row, then one person
 * per line, comma-separated with optional double quotes. Problems with the file as a whole refuse
 * it; a problem in one row rejects only that row.
 *
 * <p>Each line is parsed on its own, so values may not span lines. Names, addresses and ids never
 * contain line breaks, and this way a single unbalanced quote costs one row instead of swallowing
 * the rest of the file into one value.
 */
final class ImportFile {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s,\"@]+@[^\\s,\"@]+");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private ImportFile() {
    }

    /** @throws Rejection (field {@code file}) if the file as a whole cannot be imported */
    static List<FileRow> read(byte[] content, ImportRowRule rule) {
        if (content.length > AccountImports.MAX_FILE_BYTES) {
            throw new Rejection("file", "The file is larger than " + AccountImports.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB. Split it into smaller files and import them one after the other.");
        }
        String[] lines = text(content).split("\r\n|\r|\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new Rejection("file", "The file is empty, or its first row is blank. The first row must name the columns.");
        }
        ImportColumns columns = ImportColumns.of(parse(lines[0]).orElseThrow(() -> new Rejection("file",
                "The first row could not be read: check its double quotes. It must name the columns.")));
        List<FileRow> rows = new ArrayList<>();
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> studentIds = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (isBlank(lines[i])) {
                continue;
            }
            if (rows.size() == AccountImports.MAX_ROWS) {
                throw new Rejection("file", "The file has more than " + String.format("%,d", AccountImports.MAX_ROWS)
                        + " rows, the most one import takes. Split it into smaller files and import them one after the other.");
            }
            int row = i + 1;
            String line = lines[i];
            FileRow checked = parse(line)
                    .map(values -> rule.check(row, values, columns))
                    .orElseGet(() -> new RejectedRow(row, addressIn(line), "The row could not be read: a double"
                            + " quote is not closed, or a quoted value has more text after its closing quote."
                            + " Write a quote inside a quoted value as two quotes (\"\")."));
            rows.add(checked instanceof ImportRow valid ? unlessRepeated(valid, emails, studentIds) : checked);
        }
        if (rows.isEmpty()) {
            throw new Rejection("file", "The file has a header row but nobody in it.");
        }
        return rows;
    }

    /** Rejects a row whose e-mail address or student id an earlier row of the file has already. */
    private static FileRow unlessRepeated(ImportRow row, Map<String, Integer> emails, Map<String, Integer> studentIds) {
        Integer sameEmail = emails.get(row.email());
        if (sameEmail != null) {
            return new RejectedRow(row.row(), row.email(), "Row " + sameEmail + " of this file has the same e-mail address.");
        }
        Integer sameId = row.studentId() == null ? null : studentIds.get(row.studentId());
        if (sameId != null) {
            return new RejectedRow(row.row(), row.email(), "Row " + sameId + " of this file has the same student id.");
        }
        emails.put(row.email(), row.row());
        if (row.studentId() != null) {
            studentIds.put(row.studentId(), row.row());
        }
        return row;
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Rejection("file", "The file is not UTF-8 text, so names with accents would come out wrong."
                    + " In Excel, save it as \u201cCSV UTF-8 (Comma delimited)\u201d.");
        }
    }

    /** The values of one line, or empty if its quotes are broken. */
    private static Optional<List<String>> parse(String line) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? Optional.of(records.get(0).toList()) : Optional.empty();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A line of blanks and commas only, as spreadsheets write after the last row. */
    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> c == ',' || Character.isWhitespace(c));
    }

    /** The e-mail address in a line that could not be parsed, if one is recognisable, for the report. */
    private static String addressIn(String line) {
        Matcher address = ADDRESS.matcher(line);
        return address.find() ? EmailAddresses.normalise(address.group()) : "";
    }
}
