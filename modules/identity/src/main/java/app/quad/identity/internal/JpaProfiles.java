package app.quad.identity.internal;

import app.quad.platform.RichText;
import app.quad.identity.AccountStatus;
import app.quad.identity.Classmate;
import app.quad.identity.CampusDomains;
import app.quad.identity.Completeness;
import app.quad.identity.DirectoryOptOutChanged;
import app.quad.identity.EducationAttested;
import app.quad.identity.EducationEntry;
import app.quad.identity.ExperienceEntry;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.ProfileDetails;
import app.quad.identity.ProfileSection;
import app.quad.identity.ProfileUpdated;
import app.quad.identity.ProfileView;
import app.quad.identity.ProfileViewedByEmployer;
import app.quad.identity.Profiles;
import app.quad.identity.ProjectEntry;
import app.quad.identity.Role;
import app.quad.identity.UploadKind;
import app.quad.identity.UploadServed;
import app.quad.identity.Uploads;
import app.quad.identity.Viewer;
import app.quad.identity.Visibility;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaProfiles implements Profiles {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    CampusDomains campusDomains;

    @Inject
    Uploads uploads;

    @Inject
    Event<ProfileUpdated> updated;

    @Inject
    Event<EducationAttested> attested;

    @Inject
    Event<DirectoryOptOutChanged> optOutChanged;

    @Inject
    Event<ProfileViewedByEmployer> viewedByEmployer;

    @Override
    @Transactional
    public Optional<ProfileView> view(long ownerId, Long viewerId) {
        if (!visibleTo(ownerId, viewerId)) {
            return Optional.empty();
        }
        Account owner = em.find(Account.class, ownerId);
        Viewer viewer = viewers.of(ownerId, viewerId);
        Profile profile = profileOrBlank(ownerId);
        if (viewer.employer() && !viewer.owner() && owner.getRoles().contains(Role.STUDENT)) {
            em.persist(new Disclosure(viewerId, ownerId, Disclosure.What.PROFILE, Instant.now()));
            viewedByEmployer.fire(new ProfileViewedByEmployer(ownerId, viewerId, Disclosure.What.PROFILE.name()));
        }
        return Optional.of(assemble(owner, profile, viewer));
    }

    @Override
    public boolean visibleTo(long ownerId, Long viewerId) {
        Account owner = em.find(Account.class, ownerId);
        if (owner == null || (owner.getStatus() != AccountStatus.ACTIVE && (viewerId == null || viewerId != ownerId))) {
            return false;
        }
        if (viewers.blocked(ownerId, viewerId)) {
            return false;
        }
        Profile profile = profileOrBlank(ownerId);
        if (heldBack(profile, viewerId)) {
            return false;
        }
        return VisibilityPolicy.showsProfile(profile.visibility(), profile.isDirectoryOptOut(), viewers.of(ownerId, viewerId));
    }

    @Override
    public boolean heldForReview(long ownerId) {
        Profile profile = em.find(Profile.class, ownerId);
        return profile != null && profile.isHidden();
    }

    /**
     * A profile moderation hid pending review is for its owner and the moderators; everyone else is
     * answered as for any profile they may not see, so the hiding itself is not given away.
     */
    boolean heldBack(Profile profile, Long viewerId) {
        return profile.isHidden() && (viewerId == null || viewerId.longValue() != profile.getAccountId())
                && !Actors.isModerator(em, viewerId);
    }

    /** Moderation's HIDE (true) and DISMISS (false) of a reported profile; an account that is gone is left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    void hideByModeration(long ownerId, boolean hide) {
        if (em.find(Account.class, ownerId) == null) {
            return;
        }
        Profile stored = em.find(Profile.class, ownerId);
        if (stored == null && !hide) {
            return;
        }
        profile(ownerId).hide(hide);
    }

    @Override
    public ProfileView preview(long ownerId, Viewer.Perspective perspective) {
        Account owner = existing(ownerId);
        Profile profile = profileOrBlank(ownerId);
        Viewer viewer = perspective.viewer();
        // While moderation hides it, the owner's "view as" shows what everyone else gets: nothing.
        if ((profile.isHidden() && !viewer.owner()) || !VisibilityPolicy.showsProfile(profile.visibility(), profile.isDirectoryOptOut(), viewer)) {
            return hidden(owner);
        }
        return assemble(owner, profile, viewer);
    }

    /** What a viewer who may not open the profile gets in a preview: nothing but the fact. */
    private static ProfileView hidden(Account owner) {
        return new ProfileView(owner.getId(), null, false, null, false, Set.of(), null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null);
    }

    private ProfileView assemble(Account owner, Profile profile, Viewer viewer) {
        Map<ProfileSection, Visibility> settings = profile.visibility();
        Set<ProfileSection> shown = EnumSet.noneOf(ProfileSection.class);
        for (ProfileSection section : ProfileSection.values()) {
            if (VisibilityPolicy.shows(settings, profile.isDirectoryOptOut(), section, viewer)) {
                shown.add(section);
            }
        }
        long id = owner.getId();
        Optional<Organisation> organisation = Optional.ofNullable(owner.getOrganisationId())
                .map(orgId -> em.find(Organisation.class, orgId));
        return new ProfileView(id, owner.getDisplayName(), campusVerified(owner),
                organisation.map(Organisation::getName).orElse(null),
                organisation.map(o -> o.getStatus() == OrganisationStatus.VERIFIED).orElse(false),
                shown,
                shown.contains(ProfileSection.HEADLINE) ? profile.getHeadline() : null,
                shown.contains(ProfileSection.PHOTO) ? profile.getPhotoUploadId() : null,
                shown.contains(ProfileSection.ABOUT) ? profile.getAboutHtml() : null,
                shown.contains(ProfileSection.LOCATION) ? profile.getLocation() : null,
                shown.contains(ProfileSection.PRONOUNS) ? profile.getPronouns() : null,
                shown.contains(ProfileSection.EDUCATION) ? education(id) : List.of(),
                shown.contains(ProfileSection.EXPERIENCE) ? experience(id) : List.of(),
                shown.contains(ProfileSection.SKILLS) ? profile.skillNames() : List.of(),
                shown.contains(ProfileSection.PROJECTS) ? projects(id) : List.of(),
                shown.contains(ProfileSection.RESUME) ? profile.getResumeUploadId() : null,
                shown.contains(ProfileSection.CONTACT) ? owner.getEmail() : null);
    }

    /** Confirmed at a campus address, or through campus sign-in. */
    private boolean campusVerified(Account owner) {
        if (!owner.isVerified()) {
            return false;
        }
        return campusDomains.admits(owner.getEmail()) || !em.createQuery(
                        "SELECT l.id FROM ExternalLogin l WHERE l.accountId = :account", Long.class)
                .setParameter("account", owner.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Map<ProfileSection, Visibility> visibility(long ownerId) {
        Map<ProfileSection, Visibility> settings = profileOrBlank(ownerId).visibility();
        Map<ProfileSection, Visibility> all = new LinkedHashMap<>();
        for (ProfileSection section : ProfileSection.values()) {
            all.put(section, VisibilityPolicy.visibilityOf(settings, section));
        }
        return all;
    }

    @Override
    @Transactional
    public void setVisibility(long ownerId, ProfileSection section, Visibility visibility) {
        profile(ownerId).setVisibility(section, visibility, Instant.now());
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public void updateDetails(long ownerId, ProfileDetails details) {
        String headline = text(details.headline(), "headline", 160);
        String location = text(details.location(), "location", 100);
        String pronouns = text(details.pronouns(), "pronouns", 40);
        String about = RichText.sanitise(details.about());
        if (RichText.visibleText(about).length() > 5000 || about.length() > 15000) {
            throw new Rejection("about", "Keep this to about 5,000 characters.");
        }
        profile(ownerId).details(headline, RichText.visibleText(about).isEmpty() ? null : about, location, pronouns,
                Instant.now());
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public long addEducation(long ownerId, EducationEntry entry) {
        Education education = new Education(ownerId, nextPosition("Education", ownerId), checked(entry));
        profile(ownerId).touch(Instant.now());
        em.persist(education);
        em.flush();
        updated.fire(new ProfileUpdated(ownerId));
        return education.entry().id();
    }

    @Override
    @Transactional
    public void updateEducation(long ownerId, long entryId, EducationEntry entry) {
        owned(Education.class, entryId, ownerId, Education::getAccountId).change(checked(entry));
        profile(ownerId).touch(Instant.now());
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public void removeEducation(long ownerId, long entryId) {
        em.remove(owned(Education.class, entryId, ownerId, Education::getAccountId));
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public long addExperience(long ownerId, ExperienceEntry entry) {
        Experience experience = new Experience(ownerId, nextPosition("Experience", ownerId), checked(entry));
        profile(ownerId).touch(Instant.now());
        em.persist(experience);
        em.flush();
        updated.fire(new ProfileUpdated(ownerId));
        return experience.entry().id();
    }

    @Override
    @Transactional
    public void updateExperience(long ownerId, long entryId, ExperienceEntry entry) {
        owned(Experience.class, entryId, ownerId, Experience::getAccountId).change(checked(entry));
        profile(ownerId).touch(Instant.now());
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public void removeExperience(long ownerId, long entryId) {
        em.remove(owned(Experience.class, entryId, ownerId, Experience::getAccountId));
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public long addProject(long ownerId, ProjectEntry entry) {
        String title = required(entry.title(), "projectTitle", 100, "Give the project a title.");
        String url = entry.url() == null || entry.url().isBlank() ? null : Websites.normalise(entry.url())
                .orElseThrow(() -> new Rejection("projectUrl", "Enter a web address such as https://github.com/you/project."));
        String description = text(entry.description(), "projectDescription", 500);
        Project project = new Project(ownerId, nextPosition("Project", ownerId), ProjectEntry.input(title, url, description));
        profile(ownerId).touch(Instant.now());
        em.persist(project);
        em.flush();
        updated.fire(new ProfileUpdated(ownerId));
        return project.entry().id();
    }

    @Override
    @Transactional
    public void removeProject(long ownerId, long entryId) {
        em.remove(owned(Project.class, entryId, ownerId, Project::getAccountId));
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public void setSkills(long ownerId, List<String> names) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String name : names == null ? List.<String>of() : names) {
            String skill = name == null ? "" : name.strip().replaceAll("\\s+", " ");
            if (skill.isEmpty()) {
                continue;
            }
            if (skill.length() > 60) {
                throw new Rejection("skills", "A skill has at most 60 characters: " + skill.substring(0, 20) + "…");
            }
            unique.putIfAbsent(skill.toLowerCase(Locale.ROOT), skill);
        }
        if (unique.size() > MAX_SKILLS) {
            throw new Rejection("skills", "Choose at most " + MAX_SKILLS + " skills: the ones you would want to be asked about.");
        }
        List<Skill> skills = new ArrayList<>();
        for (String name : unique.values()) {
            // The vocabulary compares names without regard to case, as the column's collation does.
            Skill skill = em.createNamedQuery("Skill.byName", Skill.class).setParameter("name", name)
                    .getResultStream().findFirst().orElseGet(() -> {
                        Skill created = new Skill(name);
                        em.persist(created);
                        return created;
                    });
            skills.add(skill);
        }
        profile(ownerId).skills(skills, Instant.now());
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    public List<String> suggestSkills(String prefix, int max) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Skill.startingWith", String.class)
                .setParameter("prefix", JpaAccountAdministration.escapeLike(text) + "%")
                .setMaxResults(Math.min(max, 20))
                .getResultList();
    }

    @Override
    @Transactional
    public void attach(long ownerId, UploadKind kind, String fileName, InputStream content) {
        if (kind != UploadKind.PHOTO && kind != UploadKind.RESUME) {
            throw new IllegalArgumentException("a profile holds a photo and a résumé, not a " + kind);
        }
        long uploadId = uploads.store(ownerId, kind, fileName, content);
        Long old = profile(ownerId).attach(kind, uploadId, Instant.now());
        if (old != null) {
            uploads.delete(old);
        }
        updated.fire(new ProfileUpdated(ownerId));
    }

    @Override
    @Transactional
    public void detach(long ownerId, UploadKind kind) {
        Long old = profile(ownerId).attach(kind, null, Instant.now());
        if (old != null) {
            uploads.delete(old);
        }
        updated.fire(new ProfileUpdated(ownerId));
    }

    /**
     * An employer's download of a student's résumé goes into the disclosure record, like a view of
     * the profile.
     */
    @Transactional
    void onServed(@Observes UploadServed served) {
        if (served.kind() != UploadKind.RESUME || served.viewerId() == null || served.viewerId() == served.ownerId()) {
            return;
        }
        Viewer viewer = viewers.of(served.ownerId(), served.viewerId());
        Account owner = em.find(Account.class, served.ownerId());
        if (viewer.employer() && owner != null && owner.getRoles().contains(Role.STUDENT)) {
            em.persist(new Disclosure(served.viewerId(), served.ownerId(), Disclosure.What.RESUME, Instant.now()));
            viewedByEmployer.fire(new ProfileViewedByEmployer(served.ownerId(), served.viewerId(), Disclosure.What.RESUME.name()));
        }
    }

    @Override
    @Transactional
    public void setDirectoryOptOut(long ownerId, boolean optedOut) {
        if (profile(ownerId).optOut(optedOut, Instant.now())) {
            optOutChanged.fire(new DirectoryOptOutChanged(ownerId, optedOut));
        }
    }

    @Override
    public boolean isDirectoryOptOut(long ownerId) {
        return profileOrBlank(ownerId).isDirectoryOptOut();
    }

    @Override
    public Completeness completeness(long ownerId) {
        Profile profile = profileOrBlank(ownerId);
        return CompletenessRule.of(new CompletenessRule.Parts(
                profile.getHeadline() != null, !education(ownerId).isEmpty(), profile.getPhotoUploadId() != null,
                profile.getAboutHtml() != null, profile.skillNames().size(), !experience(ownerId).isEmpty(),
                profile.getResumeUploadId() != null, !projects(ownerId).isEmpty()));
    }

    @Override
    @Transactional
    public void attestEducation(long staffId, long entryId) {
        Actors.requireStaff(em, staffId);
        Education education = em.find(Education.class, entryId);
        if (education == null) {
            throw new Rejection("education", "There is no such entry.");
        }
        education.attest(staffId, Instant.now());
        updated.fire(new ProfileUpdated(education.getAccountId()));
        attested.fire(new EducationAttested(entryId, education.getAccountId(), staffId));
    }

    private List<EducationEntry> education(long ownerId) {
        return em.createNamedQuery("Education.ofAccount", Education.class).setParameter("account", ownerId)
                .getResultStream().map(Education::entry).toList();
    }

    private List<ExperienceEntry> experience(long ownerId) {
        return em.createNamedQuery("Experience.ofAccount", Experience.class).setParameter("account", ownerId)
                .getResultStream().map(Experience::entry).toList();
    }

    private List<ProjectEntry> projects(long ownerId) {
        return em.createNamedQuery("Project.ofAccount", Project.class).setParameter("account", ownerId)
                .getResultStream().map(Project::entry).toList();
    }

    private Account existing(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId);
        }
        return account;
    }

    /** The stored profile, created on first change. */
    private Profile profile(long ownerId) {
        existing(ownerId);
        Profile profile = em.find(Profile.class, ownerId);
        if (profile == null) {
            profile = new Profile(ownerId, Instant.now());
            em.persist(profile);
            // Entries refer to the profile row; without a mapped relationship the insert order is ours to ensure.
            em.flush();
        }
        return profile;
    }

    /** The stored profile, or an empty one with default settings that is not saved. */
    private Profile profileOrBlank(long ownerId) {
        Profile profile = em.find(Profile.class, ownerId);
        return profile != null ? profile : new Profile(ownerId, Instant.now());
    }

    private int nextPosition(String entity, long ownerId) {
        Integer max = em.createQuery("SELECT MAX(e.position) FROM " + entity + " e WHERE e.accountId = :account", Integer.class)
                .setParameter("account", ownerId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /** An entry of the owner's; another person's entry is reported as missing. */
    private <T> T owned(Class<T> type, long entryId, long ownerId, java.util.function.ToLongFunction<T> accountOf) {
        T entry = em.find(type, entryId);
        if (entry == null || accountOf.applyAsLong(entry) != ownerId) {
            throw new Rejection("entry", "There is no such entry on your profile.");
        }
        return entry;
    }

    private static EducationEntry checked(EducationEntry entry) {
        String school = required(entry.school(), "school", 150, "Enter the school.");
        String degree = text(entry.degree(), "degree", 100);
        String major = text(entry.major(), "major", 100);
        checkYears(entry.startYear(), entry.endYear(), "educationYears");
        return EducationEntry.input(school, degree, major, entry.startYear(), entry.endYear());
    }

    private static ExperienceEntry checked(ExperienceEntry entry) {
        String title = required(entry.title(), "title", 100, "Enter the role, such as Data Analyst Intern.");
        String organisation = required(entry.organisation(), "organisation", 150, "Enter where you worked.");
        String description = text(entry.description(), "description", 2000);
        checkYears(entry.startYear(), entry.endYear(), "experienceYears");
        return ExperienceEntry.input(title, organisation, entry.startYear(), entry.endYear(), description);
    }

    static void checkYears(Integer start, Integer end, String field) {
        int latest = java.time.Year.now().getValue() + 10;
        for (Integer year : new Integer[] {start, end}) {
            if (year != null && (year < 1950 || year > latest)) {
                throw new Rejection(field, "Enter a year between 1950 and " + latest + ".");
            }
        }
        if (start != null && end != null && end < start) {
            throw new Rejection(field, "The end year comes before the start year.");
        }
    }

    private static String required(String value, String field, int max, String missing) {
        String text = text(value, field, max);
        if (text == null) {
            throw new Rejection(field, missing);
        }
        return text;
    }

    /** Trimmed text, null when blank; too long is refused, never cut. */
    private static String text(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new Rejection(field, "Use at most " + max + " characters.");
        }
        return text.isEmpty() ? null : text;
    }

    @Override
    public List<Classmate> classmates(long accountId, int max) {
        Viewer viewer = viewers.of(-1, accountId);
        if (!viewer.campusMember()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT other.account_id, other.major, other.end_year,"
                        + " profile_rule.visibility, education_rule.visibility"
                        + " FROM identity_education mine"
                        + " JOIN identity_education other ON other.school = mine.school AND other.major = mine.major"
                        + " AND other.end_year = mine.end_year AND other.account_id <> mine.account_id"
                        + " JOIN identity_account account ON account.id = other.account_id AND account.status = 'ACTIVE'"
                        + " JOIN identity_profile profile ON profile.account_id = other.account_id AND profile.directory_opt_out = FALSE"
                        + " AND profile.hidden = FALSE"
                        + " LEFT JOIN identity_profile_visibility profile_rule ON profile_rule.account_id = other.account_id"
                        + " AND profile_rule.section = 'PROFILE'"
                        + " LEFT JOIN identity_profile_visibility education_rule ON education_rule.account_id = other.account_id"
                        + " AND education_rule.section = 'EDUCATION'"
                        + " WHERE mine.account_id = ? AND mine.major IS NOT NULL AND mine.end_year IS NOT NULL")
                .setParameter(1, accountId).setMaxResults(max * 2).getResultList();
        Map<Long, Classmate> found = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            Map<ProfileSection, Visibility> settings = new java.util.EnumMap<>(ProfileSection.class);
            if (row[3] != null) {
                settings.put(ProfileSection.PROFILE, Visibility.valueOf((String) row[3]));
            }
            if (row[4] != null) {
                settings.put(ProfileSection.EDUCATION, Visibility.valueOf((String) row[4]));
            }
            long other = ((Number) row[0]).longValue();
            if (found.size() < max && VisibilityPolicy.shows(settings, false, ProfileSection.EDUCATION, viewer)) {
                found.putIfAbsent(other, new Classmate(other, row[1] + ", class of " + row[2]));
            }
        }
        return List.copyOf(found.values());
    }

    @Override
    public Map<Long, String> listable(long viewerId, List<Long> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Viewer viewer = viewers.of(-1, viewerId);
        String ids = candidates.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account.id, account.display_name, profile.directory_opt_out, rule.visibility"
                        + " FROM identity_account account"
                        + " LEFT JOIN identity_profile profile ON profile.account_id = account.id"
                        + " LEFT JOIN identity_profile_visibility rule ON rule.account_id = account.id AND rule.section = 'PROFILE'"
                        + " WHERE account.status = 'ACTIVE' AND (profile.hidden IS NULL OR profile.hidden = FALSE)"
                        + " AND account.id IN (" + ids + ")")
                .getResultList();
        Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] row : rows) {
            boolean optedOut = row[2] != null && (row[2] instanceof Boolean flag ? flag : ((Number) row[2]).intValue() != 0);
            Map<ProfileSection, Visibility> settings = row[3] == null ? Map.of()
                    : Map.of(ProfileSection.PROFILE, Visibility.valueOf((String) row[3]));
            if (!optedOut && VisibilityPolicy.showsProfile(settings, false, viewer)) {
                names.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        Map<Long, String> ordered = new java.util.LinkedHashMap<>();
        candidates.stream().filter(names::containsKey).forEach(id -> ordered.put(id, names.get(id)));
        return ordered;
    }
}
