package app.quad.identity;

/** Career center staff confirmed an entry of a person's education. */
public record EducationAttested(long entryId, long accountId, long staffId) {
}
