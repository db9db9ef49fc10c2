package app.quad.identity;

import app.quad.platform.Rejection;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Professional profiles. Every read goes through one visibility policy: {@link #view} for a real
 * viewer, {@link #preview} for the owner's "view as".
 */
public interface Profiles {

    /**
     * The profile as the viewer may see it, or empty when they may not see it at all (or it does
     * not exist). When a person of an employer organisation views a student, the disclosure is
     * logged and {@link ProfileViewedByEmployer} published.
     *
     * @param viewerId the signed-in viewer, or null for a visitor
     */
    Optional<ProfileView> view(long ownerId, Long viewerId);

    /**
     * Whether the viewer may open the profile at all: what {@link #view} decides, without logging a
     * disclosure. Other modules ask before they show a person or let someone contact them.
     *
     * @param viewerId the signed-in viewer, or null for a visitor
     */
    boolean visibleTo(long ownerId, Long viewerId);

    /**
     * Whether moderation hid the person's profile pending review (enough members reported it). While
     * it is, others do not see it and the person does not reach out to new people.
     */
    boolean heldForReview(long ownerId);

    /** The owner's own profile exactly as the perspective would see it; nothing is logged. */
    ProfileView preview(long ownerId, Viewer.Perspective perspective);

    Map<ProfileSection, Visibility> visibility(long ownerId);

    void setVisibility(long ownerId, ProfileSection section, Visibility visibility);

    /** @throws Rejection naming the field that is too long */
    void updateDetails(long ownerId, ProfileDetails details);

    /** @throws Rejection naming the field */
    long addEducation(long ownerId, EducationEntry entry);

    /** Changing an attested entry takes the attestation away. */
    void updateEducation(long ownerId, long entryId, EducationEntry entry);

    void removeEducation(long ownerId, long entryId);

    long addExperience(long ownerId, ExperienceEntry entry);

    void updateExperience(long ownerId, long entryId, ExperienceEntry entry);

    void removeExperience(long ownerId, long entryId);

    long addProject(long ownerId, ProjectEntry entry);

    void removeProject(long ownerId, long entryId);

    /**
     * Replaces the profile's skills, adding new names to the shared vocabulary.
     *
     * @throws Rejection (field {@code skills}) for more than {@link #MAX_SKILLS} or a name too long
     */
    void setSkills(long ownerId, List<String> skills);

    /** Skills from the shared vocabulary that begin with the text, for suggestions while typing. */
    List<String> suggestSkills(String prefix, int max);

    /**
     * Stores a new photo (JPEG or PNG, at most 2 MB) or résumé (PDF, at most 5 MB) and puts it on the
     * profile in place of the old one.
     *
     * @throws Rejection (field {@code file}) for a file that is refused; the old one stays
     */
    void attach(long ownerId, UploadKind kind, String fileName, java.io.InputStream content);

    /** Takes the photo or résumé off the profile and deletes it. */
    void detach(long ownerId, UploadKind kind);

    void setDirectoryOptOut(long ownerId, boolean optedOut);

    boolean isDirectoryOptOut(long ownerId);

    Completeness completeness(long ownerId);

    /**
     * People with an education entry at the same school, in the same major and class year as one of
     * the person's, for suggestions. Only people in the directory whose profile and education the
     * person may see as a campus member (not counting connections) are named, so no suggestion
     * reveals a hidden entry.
     */
    java.util.List<Classmate> classmates(long accountId, int max);

    /**
     * Of the candidates, those who may appear in a list shown to the viewer (suggestions, search),
     * with their names: active, in the directory, and with a profile the viewer may open without
     * being connected to them. In one query, for lists. Blocks are networking's to apply: the
     * caller leaves blocked people out first.
     *
     * @return display names by account id, in the candidates' order
     */
    java.util.Map<Long, String> listable(long viewerId, java.util.List<Long> candidates);

    /** Career center staff confirm an education entry. @throws SecurityException unless staff */
    void attestEducation(long staffId, long entryId);

    int MAX_SKILLS = 50;
}
