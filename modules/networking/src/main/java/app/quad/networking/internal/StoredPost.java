package app.quad.networking.internal;

import app.quad.networking.PostAudience;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "networking_post")
class StoredPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Enumerated(EnumType.STRING)
    private PostAudience audience;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "author_suspended")
    private boolean authorSuspended;

    @Column(name = "removed_at")
    private Instant removedAt;

    /** Out of sight pending a moderator's review. */
    private boolean hidden;

    @Column(name = "image_upload_id")
    private Long imageUploadId;

    @Column(name = "image_alt")
    private String imageAlt;

    protected StoredPost() {
    }

    StoredPost(long authorId, String body, PostAudience audience, Instant now) {
        this.authorId = authorId;
        this.body = body;
        this.audience = audience;
        this.createdAt = now;
    }

    /** Out of sight pending review, or taken down. */
    boolean isHidden() {
        return hidden || removedAt != null;
    }

    /** Held by screening before anyone sees it. */
    void hold() {
        hidden = true;
    }

    /** Not taken down, not hidden pending review, and its author not suspended. */
    boolean isUp() {
        return removedAt == null && !authorSuspended && !hidden;
    }

    void attachImage(long uploadId, String description) {
        this.imageUploadId = uploadId;
        this.imageAlt = description;
    }

    Long getImageUploadId() {
        return imageUploadId;
    }

    String getImageAlt() {
        return imageAlt;
    }

    Long getId() {
        return id;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    PostAudience getAudience() {
        return audience;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
