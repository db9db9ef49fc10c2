package app.quad.identity.internal;

import app.quad.identity.UploadVariant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A file that passed its checks, as temporary files ready to be moved into place: the original
 * for a PDF, the re-encoded sizes for an image.
 *
 * @param contentType what the content is, as it will be served
 * @param size        the size of the file as uploaded
 */
record CheckedUpload(String contentType, long size, Map<UploadVariant, Path> files) {

    CheckedUpload {
        files = Map.copyOf(files);
    }

    /** Removes whatever temporary files are still there; those moved into place are gone already. */
    void discard() {
        files.values().forEach(CheckedUpload::deleteQuietly);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file does no harm: it is never served.
        }
    }
}
