package app.quad.identity.internal;

import app.quad.identity.StoredUpload;
import app.quad.identity.UploadAccess;
import app.quad.identity.UploadKind;
import app.quad.identity.UploadVariant;
import app.quad.identity.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Uploads on disk with a row each. A file is checked and its files moved into place before its
 * row is inserted, so a row never points at a missing file; should the row not commit, the files
 * are removed again. The check runs outside any transaction of this class, so a refused file does
 * not mark the caller's transaction for rollback.
 */
@ApplicationScoped
class JpaUploads implements Uploads {

    @Inject
    UploadRecords records;

    @Inject
    UploadFiles files;

    @Inject
    @Any
    Instance<UploadAccess> access;

    @Override
    public long store(long ownerId, UploadKind kind, String originalName, InputStream content) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if (!records.accountExists(ownerId)) {
            throw new IllegalArgumentException("No account " + ownerId);
        }
        CheckedUpload checked = new UploadCheck(files.incoming()).check(kind, content);
        String key;
        try {
            key = files.place(checked);
        } finally {
            checked.discard();
        }
        Runnable removeFiles = () -> files.delete(key, kind, checked.contentType());
        try {
            return records.insert(new Upload(ownerId, kind, checked.contentType(), checked.size(), key,
                    UploadName.clean(originalName, kind), Instant.now()), removeFiles);
        } catch (RuntimeException e) {
            removeFiles.run();
            throw e;
        }
    }

    @Override
    public Optional<StoredUpload> find(long id) {
        return records.find(id).map(Upload::summary);
    }

    @Override
    public void delete(long id) {
        records.delete(id, upload -> files.delete(upload.getStorageKey(), upload.getKind(), upload.getContentType()));
    }

    @Override
    public InputStream open(long id, UploadVariant variant) throws IOException {
        Upload upload = records.find(id).orElseThrow(() -> new NoSuchElementException("No upload " + id));
        if (!upload.getKind().variants().contains(variant)) {
            throw new IllegalArgumentException(upload.getKind() + " uploads are not kept as " + variant);
        }
        return Files.newInputStream(files.path(upload.getStorageKey(), variant, upload.getContentType()));
    }

    @Override
    public boolean visibleTo(StoredUpload upload, Optional<Long> viewerAccountId) {
        if (viewerAccountId.isPresent() && viewerAccountId.get() == upload.ownerId()) {
            return true;
        }
        return access.stream().anyMatch(rule -> rule.maySee(upload, viewerAccountId));
    }
}
