package app.quad.groups.internal;

import app.quad.groups.GroupCategory;
import app.quad.groups.GroupVisibility;
import app.quad.groups.MembershipStatus;
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
@Table(name = "groups_group")
class StoredGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String slug;

    private boolean official;

    @Enumerated(EnumType.STRING)
    private GroupVisibility visibility;

    @Enumerated(EnumType.STRING)
    private GroupCategory category;

    private String description;

    private String rules;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "approve_first_posts")
    private boolean approveFirstPosts;

    private boolean hidden;

    @Column(name = "cover_upload_id")
    private Long coverUploadId;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected StoredGroup() {
    }

    StoredGroup(String name, String slug, boolean official, GroupVisibility visibility, GroupCategory category,
                String description, String rules, long createdBy, Instant now) {
        this.name = name;
        this.slug = slug;
        this.official = official;
        this.visibility = visibility;
        this.category = category;
        this.description = description;
        this.rules = rules;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.approveFirstPosts = visibility == GroupVisibility.CLOSED;
    }

    long id() { return id; }
    String name() { return name; }
    String slug() { return slug; }
    boolean official() { return official; }
    GroupVisibility visibility() { return visibility; }
    GroupCategory category() { return category; }
    String description() { return description; }
    String rules() { return rules; }
    Long createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    boolean approveFirstPosts() { return approveFirstPosts; }

    Long coverUploadId() { return coverUploadId; }

    /** Sets the cover and answers the one it replaces, for deletion, or null. */
    Long cover(Long uploadId) {
        Long old = coverUploadId;
        coverUploadId = uploadId;
        return old;
    }
    boolean hidden() { return hidden; }

    void hidden(boolean hidden) {
        this.hidden = hidden;
    }

    boolean removed() { return removedAt != null; }

    /** Removed by moderation: there for nobody, members and threads kept in case an appeal is granted. */
    void removed(Instant at) { removedAt = at; }

    /** Whether the group is there for a person of this standing. */
    boolean seenBy(MembershipStatus status) {
        return GroupRules.sees(visibility, hidden, removedAt != null, status);
    }

    void approveFirstPosts(boolean approve) {
        this.approveFirstPosts = approve;
    }

    void rename(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    void forgetCreator() {
        createdBy = null;
    }
}
