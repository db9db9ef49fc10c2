package app.quad.identity.internal;

import app.quad.identity.ProfileSection;
import app.quad.identity.Visibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The free-text parts of a profile, its visibility settings and its skills. */
@Entity
@Table(name = "identity_profile")
public class Profile {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private String headline;

    @Column(name = "about_html")
    private String aboutHtml;

    private String location;

    private String pronouns;

    @Column(name = "photo_upload_id")
    private Long photoUploadId;

    @Column(name = "resume_upload_id")
    private Long resumeUploadId;

    @Column(name = "directory_opt_out")
    private boolean directoryOptOut;

    private boolean hidden;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_profile_visibility", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "section")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "visibility")
    @Enumerated(EnumType.STRING)
    private Map<ProfileSection, Visibility> visibility = new HashMap<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "identity_profile_skill", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    @OrderBy("name")
    private List<Skill> skills = new ArrayList<>();

    protected Profile() {
    }

    Profile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    void details(String headline, String aboutHtml, String location, String pronouns, Instant now) {
        this.headline = headline;
        this.aboutHtml = aboutHtml;
        this.location = location;
        this.pronouns = pronouns;
        this.updatedAt = now;
    }

    void setVisibility(ProfileSection section, Visibility value, Instant now) {
        visibility.put(section, value);
        updatedAt = now;
    }

    Map<ProfileSection, Visibility> visibility() {
        return Map.copyOf(visibility);
    }

    void skills(List<Skill> newSkills, Instant now) {
        skills.clear();
        skills.addAll(newSkills);
        updatedAt = now;
    }

    List<String> skillNames() {
        return skills.stream().map(Skill::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** @return whether it changed */
    boolean optOut(boolean optedOut, Instant now) {
        if (directoryOptOut == optedOut) {
            return false;
        }
        directoryOptOut = optedOut;
        updatedAt = now;
        return true;
    }

    /** @return the upload it replaces, if any */
    Long attach(app.quad.identity.UploadKind kind, Long uploadId, Instant now) {
        Long old;
        if (kind == app.quad.identity.UploadKind.PHOTO) {
            old = photoUploadId;
            photoUploadId = uploadId;
        } else {
            old = resumeUploadId;
            resumeUploadId = uploadId;
        }
        updatedAt = now;
        return old;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    Long getAccountId() {
        return accountId;
    }

    String getHeadline() {
        return headline;
    }

    String getAboutHtml() {
        return aboutHtml;
    }

    String getLocation() {
        return location;
    }

    String getPronouns() {
        return pronouns;
    }

    Long getPhotoUploadId() {
        return photoUploadId;
    }

    Long getResumeUploadId() {
        return resumeUploadId;
    }

    boolean isDirectoryOptOut() {
        return directoryOptOut;
    }

    /** Kept out of sight by moderation pending review. */
    boolean isHidden() {
        return hidden;
    }

    void hide(boolean hide) {
        hidden = hide;
    }
}
