package app.quad.identity;

import java.time.Instant;

/**
 * An accepted upload.
 *
 * @param ownerId      the account that uploaded it
 * @param contentType  what Quad found the content to be and serves it as: {@code application/pdf},
 *                     {@code image/jpeg} or {@code image/png}; never what the browser claimed
 * @param size         the size of the file as uploaded, in bytes
 * @param originalName the file name the browser sent, without folders or control characters; for
 *                     showing to people only, never for finding the file
 */
public record StoredUpload(long id, long ownerId, UploadKind kind, String contentType, long size, Instant createdAt,
                           String originalName) {

    public boolean offers(UploadVariant variant) {
        return kind.variants().contains(variant);
    }
}
