package app.quad.identity.internal;

import java.util.Locale;

/** What an import did with one row, as the report names it. */
enum RowOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED;

    /** The word in the report: created, updated, ... */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
