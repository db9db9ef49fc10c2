package app.quad.identity;

/**
 * A student joined or left the FERPA directory opt-out: while out, they never appear to employers,
 * in member search, in suggestions or in any listing. Modules that list people must drop them.
 */
public record DirectoryOptOutChanged(long accountId, boolean optedOut) {
}
