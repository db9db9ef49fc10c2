package app.quad.identity.internal;

import app.quad.identity.Role;

/**
 * Whether an import row opens an account, updates the person's existing one, or is rejected
 * because it conflicts with the accounts there are.
 */
record ImportDecision(Kind kind, Account account, String reason) {

    enum Kind { CREATE, UPDATE, REJECT }

    /**
     * The student id, when the row gives one that is known, identifies the person; otherwise the
     * e-mail address does.
     *
     * @param byStudentId the account with the row's student id, or null
     * @param byEmail     the account with the row's e-mail address, or null
     */
    static ImportDecision of(ImportRow row, Account byStudentId, Account byEmail) {
        Account account = byStudentId != null ? byStudentId : byEmail;
        if (account == null) {
            return new ImportDecision(Kind.CREATE, null, null);
        }
        if (byStudentId != null && !byStudentId.getEmail().equals(row.email())) {
            // Changing the address someone signs in with is not something a file should do unseen.
            return reject("The student id " + row.studentId() + " belongs to an account with another e-mail"
                    + " address. An import never changes e-mail addresses.");
        }
        if (account.getRoles().contains(Role.STAFF) || account.getRoles().contains(Role.ADMIN)) {
            return reject("The e-mail address belongs to a staff or administrator account, which an import never changes.");
        }
        return new ImportDecision(Kind.UPDATE, account, null);
    }

    private static ImportDecision reject(String reason) {
        return new ImportDecision(Kind.REJECT, null, reason);
    }
}
