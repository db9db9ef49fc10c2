package app.quad.identity.internal;

import app.quad.platform.Rejection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an import file: which column holds what. A header that is not exactly right
 * refuses the whole file, because guessing a column would import wrong data into every row.
 */
final class ImportColumns {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String ROLE = "role";
    static final String STUDENT_ID = "student_id";
    static final String GRADUATION_YEAR = "graduation_year";
    static final String DIRECTORY_OPT_OUT = "directory_opt_out";

    static final List<String> REQUIRED = List.of(EMAIL, NAME, ROLE);
    static final List<String> OPTIONAL = List.of(STUDENT_ID, GRADUATION_YEAR, DIRECTORY_OPT_OUT);

    private static final String EXPECTED = "The first row must name the columns email, name and role,"
            + " and may add student_id, graduation_year and directory_opt_out.";

    private final Map<String, Integer> positions;
    private final int count;

    private ImportColumns(Map<String, Integer> positions, int count) {
        this.positions = positions;
        this.count = count;
    }

    /** @throws Rejection (field {@code file}) naming the missing, unknown or repeated columns */
    static ImportColumns of(List<String> header) {
        if (header.size() == 1 && header.get(0).contains(";")) {
            throw new Rejection("file", "The columns are separated by semicolons, but Quad reads files whose"
                    + " columns are separated by commas. In Excel, save the file as \u201cCSV UTF-8 (Comma delimited)\u201d.");
        }
        Map<String, Integer> positions = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                unknown.add(header.get(i).isBlank() ? "(a column without a name)" : header.get(i).strip());
            } else if (positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(name -> !positions.containsKey(name)).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("Missing " + plural(missing.size(), "column") + ": " + String.join(", ", missing) + ".");
        }
        if (!unknown.isEmpty()) {
            problems.add("Unknown " + plural(unknown.size(), "column") + ": " + String.join(", ", unknown) + ".");
        }
        if (!repeated.isEmpty()) {
            problems.add("Named twice: " + String.join(", ", repeated) + ".");
        }
        if (!problems.isEmpty()) {
            throw new Rejection("file", "The columns of the file are not right, so nothing was imported. "
                    + String.join(" ", problems) + " " + EXPECTED);
        }
        return new ImportColumns(positions, header.size());
    }

    /** How many columns the header names. */
    int count() {
        return count;
    }

    /** The row's value in the column, stripped; empty when the column is absent or the row short. */
    String value(List<String> values, String column) {
        return Optional.ofNullable(positions.get(column))
                .filter(position -> position < values.size())
                .map(position -> values.get(position).strip())
                .orElse("");
    }

    /** Case, surrounding blanks, and spaces or hyphens for underscores do not matter: "Student ID" is student_id. */
    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
