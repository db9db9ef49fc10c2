package app.quad.identity.internal;

/** One data row of an import file, after the row rules: fit to import, or rejected with its reason. */
public sealed interface FileRow permits ImportRow, RejectedRow {

    /** The row number as a spreadsheet shows it: the header is row 1. */
    int row();

    /** The e-mail address as normalised, or as written when it is not one. */
    String email();
}
