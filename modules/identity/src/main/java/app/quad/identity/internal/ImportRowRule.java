package app.quad.identity.internal;

import app.quad.identity.Role;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules one data row must meet on its own. Whether the person already has an account is
 * decided later, against the database ({@link ImportDecision}).
 */
final class ImportRowRule {

    static final int MAX_NAME_LENGTH = JpaRegistration.MAX_NAME_LENGTH;

    private static final Pattern STUDENT_ID = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final int EARLIEST_YEAR = 1900;
    /** Students are imported with the year they expect to graduate, a few years ahead. */
    private static final int YEARS_AHEAD = 10;

    private final List<String> campusDomains;
    private final int thisYear;

    /**
     * @param campusDomains the domains students' addresses must be on, as staff listed them
     */
    ImportRowRule(List<String> campusDomains, int thisYear) {
        this.campusDomains = List.copyOf(campusDomains);
        this.thisYear = thisYear;
    }

    FileRow check(int row, List<String> values, ImportColumns columns) {
        String written = columns.value(values, ImportColumns.EMAIL);
        String email = EmailAddresses.normalise(written);
        if (values.size() > columns.count()) {
            return new RejectedRow(row, email, "The row has " + values.size() + " values but the header names "
                    + columns.count() + " columns. Put a value that contains a comma in double quotes.");
        }
        if (email.isEmpty()) {
            return new RejectedRow(row, email, "The e-mail address is missing.");
        }
        if (!EmailAddresses.isPlausible(email)) {
            return new RejectedRow(row, written, quote(written) + " is not an e-mail address such as name@example.edu.");
        }
        String name = columns.value(values, ImportColumns.NAME);
        if (name.isEmpty()) {
            return new RejectedRow(row, email, "The name is missing.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            return new RejectedRow(row, email, "The name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        String roleValue = columns.value(values, ImportColumns.ROLE).toLowerCase(Locale.ROOT);
        Role role;
        switch (roleValue) {
            case "student" -> role = Role.STUDENT;
            case "alumni" -> role = Role.ALUMNI;
            case "" -> {
                return new RejectedRow(row, email, "The role is missing: write student or alumni.");
            }
            default -> {
                return new RejectedRow(row, email, "The role must be student or alumni, not "
                        + quote(columns.value(values, ImportColumns.ROLE)) + ".");
            }
        }
        if (role == Role.STUDENT && !onCampus(email)) {
            return new RejectedRow(row, email, campusDomains.isEmpty()
                    ? "No campus e-mail domain is listed yet, so no student can be imported. Add one under Campus domains first."
                    : "Students are imported with their campus e-mail address (ending in @"
                    + String.join(" or @", campusDomains) + ").");
        }
        String studentIdValue = columns.value(values, ImportColumns.STUDENT_ID);
        String studentId = studentIdValue.isEmpty() ? null : studentIdValue.toUpperCase(Locale.ROOT);
        if (studentId != null && !STUDENT_ID.matcher(studentId).matches()) {
            return new RejectedRow(row, email, "The student id " + quote(studentIdValue) + " is not valid: use at most"
                    + " 32 letters, digits, dots, hyphens or underscores.");
        }
        String yearValue = columns.value(values, ImportColumns.GRADUATION_YEAR);
        Integer year = yearValue.isEmpty() ? null : year(yearValue);
        if (!yearValue.isEmpty() && year == null) {
            return new RejectedRow(row, email, "The graduation year " + quote(yearValue) + " is not a year between "
                    + EARLIEST_YEAR + " and " + (thisYear + YEARS_AHEAD) + ", written with four digits.");
        }
        String optOutValue = columns.value(values, ImportColumns.DIRECTORY_OPT_OUT).toLowerCase(Locale.ROOT);
        Boolean optOut = switch (optOutValue) {
            case "" -> null;
            case "yes", "y", "true", "1" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
        if (!optOutValue.isEmpty() && optOut == null) {
            return new RejectedRow(row, email, "The directory opt-out " + quote(optOutValue) + " must be yes or no.");
        }
        return new ImportRow(row, email, name, role, studentId, year, optOut);
    }

    private boolean onCampus(String email) {
        String domain = EmailAddresses.domainOf(email);
        return campusDomains.stream().anyMatch(listed -> EmailAddresses.isUnder(domain, listed));
    }

    private Integer year(String value) {
        if (!YEAR.matcher(value).matches()) {
            return null;
        }
        int year = Integer.parseInt(value);
        return year >= EARLIEST_YEAR && year <= thisYear + YEARS_AHEAD ? year : null;
    }

    /** A value as the row wrote it, in quotes, cut short if long, for a reason in the report. */
    static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "\u2026" : value;
        return "\u201c" + shown + "\u201d";
    }
}
