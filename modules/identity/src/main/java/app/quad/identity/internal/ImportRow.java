package app.quad.identity.internal;

import app.quad.identity.Role;

/**
 * A row that passed the row rules, normalised: e-mail in lower case, student id in upper case.
 *
 * @param studentId      null when the file gives none
 * @param graduationYear null when the file gives none
 * @param directoryOptOut the FERPA directory opt-out as the registrar records it; null when the file gives none
 */
record ImportRow(int row, String email, String name, Role role, String studentId, Integer graduationYear,
                 Boolean directoryOptOut) implements FileRow {

    ImportRow(int row, String email, String name, Role role, String studentId, Integer graduationYear) {
        this(row, email, name, role, studentId, graduationYear, null);
    }
}
