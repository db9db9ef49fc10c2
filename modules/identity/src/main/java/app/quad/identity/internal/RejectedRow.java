package app.quad.identity.internal;

/** A row that will not be imported, with the reason in a sentence for the report. */
record RejectedRow(int row, String email, String reason) implements FileRow {
}
