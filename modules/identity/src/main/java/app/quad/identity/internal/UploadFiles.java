package app.quad.identity.internal;

import app.quad.identity.UploadKind;
import app.quad.identity.UploadVariant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The uploads folder ({@code quad.uploads.dir}). Each upload's files are named after a random
 * storage key, never after anything the uploader chose, and spread over 256 subfolders by the
 * key's first two digits: {@code 3f/3f9a…e1-display.jpg}. New files are written under
 * {@code incoming/} and renamed into place, so a file is either complete or absent.
 */
@ApplicationScoped
class UploadFiles {

    static final String INCOMING = "incoming";

    private static final Logger LOG = Logger.getLogger(UploadFiles.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "quad.uploads.dir")
    Optional<String> configured;

    private Path root;

    UploadFiles() {
    }

    /** For tests: files under the given folder. */
    UploadFiles(Path root) {
        this.root = root;
        createFolders();
    }

    @PostConstruct
    void open() {
        root = configured.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), "quad-uploads"))
                .toAbsolutePath().normalize();
        createFolders();
        LOG.info(() -> "Uploads are kept in " + root);
    }

    /**
     * Opens the folder at start-up, so that a folder Quad cannot write to shows in the log at once.
     * Everything but uploads still works then, so Quad starts anyway.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            incoming();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Uploads will fail: " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    Path incoming() {
        return root.resolve(INCOMING);
    }

    /**
     * Moves the checked files into place under a new storage key.
     *
     * @return the storage key
     */
    String place(CheckedUpload upload) {
        String key = HexFormat.of().formatHex(randomBytes());
        List<Path> placed = new ArrayList<>();
        try {
            Files.createDirectories(root.resolve(key.substring(0, 2)));
            for (Map.Entry<UploadVariant, Path> file : upload.files().entrySet()) {
                Path target = path(key, file.getKey(), upload.contentType());
                Files.move(file.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
                placed.add(target);
            }
            return key;
        } catch (IOException e) {
            placed.forEach(CheckedUpload::deleteQuietly);
            throw new UncheckedIOException(e);
        }
    }

    Path path(String key, UploadVariant variant, String contentType) {
        return root.resolve(key.substring(0, 2)).resolve(key + "-" + variant.name().toLowerCase(Locale.ROOT)
                + "." + extension(contentType));
    }

    /** Removes the files of an upload; a file that cannot be removed is logged and left. */
    void delete(String key, UploadKind kind, String contentType) {
        for (UploadVariant variant : kind.variants()) {
            Path file = path(key, variant, contentType);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove " + file + "; it is no longer used", e);
            }
        }
    }

    /** Makes sure the file's content is on disk before it is renamed into place and referred to. */
    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> throw new IllegalArgumentException("no file extension for " + contentType);
        };
    }

    private void createFolders() {
        try {
            Files.createDirectories(incoming());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the uploads folder " + root
                    + "; set quad.uploads.dir (QUAD_UPLOADS_DIR) to a folder Quad may write to", e);
        }
    }
}
