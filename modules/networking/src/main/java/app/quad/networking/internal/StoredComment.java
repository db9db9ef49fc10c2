package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "networking_post_comment")
class StoredComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private long postId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Out of sight pending a moderator's review. */
    private boolean hidden;

    @jakarta.persistence.Column(name = "removed_at")
    private Instant removedAt;

    protected StoredComment() {
    }

    StoredComment(long postId, long authorId, String body, Instant now) {
        this.postId = postId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
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

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isHidden() {
        return hidden || removedAt != null;
    }

    void hold() {
        hidden = true;
    }

    long getPostId() {
        return postId;
    }
}
