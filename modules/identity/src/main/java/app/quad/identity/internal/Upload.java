package app.quad.identity.internal;

import app.quad.identity.StoredUpload;
import app.quad.identity.UploadKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An accepted upload; its files are named after {@link #getStorageKey()}. Never changed once stored. */
@Entity
@Table(name = "identity_upload")
public class Upload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Enumerated(EnumType.STRING)
    private UploadKind kind;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Upload() {
    }

    Upload(long ownerId, UploadKind kind, String contentType, long size, String storageKey, String originalName,
           Instant createdAt) {
        this.ownerId = ownerId;
        this.kind = kind;
        this.contentType = contentType;
        this.size = size;
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.createdAt = createdAt;
    }

    StoredUpload summary() {
        return new StoredUpload(id, ownerId, kind, contentType, size, createdAt, originalName);
    }

    Long getId() {
        return id;
    }

    UploadKind getKind() {
        return kind;
    }

    String getContentType() {
        return contentType;
    }

    String getStorageKey() {
        return storageKey;
    }
}
