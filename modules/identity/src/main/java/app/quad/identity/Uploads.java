package app.quad.identity;

import app.quad.platform.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Files people upload: résumés (PDF) and photos (JPEG or PNG). A file is judged by its content,
 * never by its name or the type the browser claims, and is refused whole or kept whole. Files are
 * stored outside the web application, in the folder {@code quad.uploads.dir}, and served at
 * {@code /files/<id>/<variant>} to those {@link #visibleTo allowed} to see them.
 *
 * <p>Uploads are never changed. Replacing a photo means storing the new one, pointing at it, and
 * deleting the old one, preferably in one transaction: until it commits, the old one stays.
 */
public interface Uploads {

    /**
     * Checks and keeps a file. Reads at most one byte more than the kind allows.
     *
     * @param originalName the file name the browser sent, kept for display only; may be null
     * @return the new upload's id. Within a transaction, the upload exists only if the transaction
     *         commits; its files are removed if it rolls back.
     * @throws Rejection (field {@code file}) with a message for the person uploading, when the file
     *                   is too large, not of an accepted type, damaged, or carries scripts or
     *                   attachments. Nothing is kept then.
     * @throws IllegalArgumentException if there is no such owner account
     */
    long store(long ownerId, UploadKind kind, String originalName, InputStream content);

    Optional<StoredUpload> find(long id);

    /** Forgets the upload; its files are removed once the deletion commits. Unknown ids are ignored. */
    void delete(long id);

    /**
     * The stored bytes of one variant of the upload; the caller closes the stream.
     *
     * @throws NoSuchElementException   if there is no such upload
     * @throws IllegalArgumentException if the upload's kind does not keep that variant
     * @throws IOException              if the file cannot be read, e.g. because it is missing
     */
    InputStream open(long id, UploadVariant variant) throws IOException;

    /**
     * Whether someone may see the upload: its owner always; anyone else, signed in or not
     * ({@code viewerAccountId} empty), only when an {@link UploadAccess} grants it.
     */
    boolean visibleTo(StoredUpload upload, Optional<Long> viewerAccountId);
}
