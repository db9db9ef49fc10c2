package app.quad.identity.internal;

import app.quad.identity.UploadKind;
import app.quad.identity.UploadVariant;
import app.quad.platform.Rejection;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Decides whether an upload is accepted, by its content alone, and prepares the files to keep.
 * Works in a folder of temporary files and leaves nothing behind when it refuses.
 */
final class UploadCheck {

    private final Path folder;

    /** @param folder where temporary files go; on the same file system as the uploads, so they can be moved in */
    UploadCheck(Path folder) {
        this.folder = folder;
    }

    /** @throws Rejection (field {@code file}) with a message for the person uploading */
    CheckedUpload check(UploadKind kind, InputStream content) {
        Path received = null;
        try {
            received = Files.createTempFile(folder, "upload-", ".part");
            long size = receive(content, received, kind);
            MediaType type = ContentTypes.detect(received);
            if (kind.image()) {
                Map<UploadVariant, Path> variants = PhotoVariants.make(received, acceptedImage(type), folder);
                return new CheckedUpload(type.toString(), size, variants);
            }
            if (!ContentTypes.PDF.equals(type)) {
                throw new Rejection("file", "This file is not a PDF. Save your résumé as a PDF and upload that.");
            }
            PdfCheck.check(received);
            UploadFiles.sync(received);
            CheckedUpload accepted = new CheckedUpload(type.toString(), size, Map.of(UploadVariant.ORIGINAL, received));
            received = null;
            return accepted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (received != null) {
                CheckedUpload.deleteQuietly(received);
            }
        }
    }

    /**
     * Copies the content into the file, reading no more than one byte past the kind's limit, so
     * an endless or huge upload costs no more than that.
     */
    static long receive(InputStream content, Path file, UploadKind kind) throws IOException {
        long limit = kind.maxBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) > 0) {
                size += n;
                if (size > limit) {
                    throw new Rejection("file", "The file is larger than " + kind.maxMegabytes() + " MB.");
                }
                out.write(buffer, 0, n);
            }
        }
        if (size == 0) {
            throw new Rejection("file", "The file is empty.");
        }
        return size;
    }

    private static MediaType acceptedImage(MediaType type) {
        if (ContentTypes.JPEG.equals(type) || ContentTypes.PNG.equals(type)) {
            return type;
        }
        String name = ContentTypes.imageName(type);
        throw new Rejection("file", (name == null ? "This file is not an image." : "This is " + name + ".")
                + " Use a JPEG or PNG photo.");
    }
}
