package app.quad.identity;

/** Someone received an uploaded file (not a 304 or HEAD answer); {@code viewerId} is null for a visitor. */
public record UploadServed(long uploadId, long ownerId, UploadKind kind, Long viewerId) {
}
