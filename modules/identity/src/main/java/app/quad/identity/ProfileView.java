package app.quad.identity;

import java.util.List;
import java.util.Set;

/**
 * A profile as one viewer may see it. A part the viewer may not see is null or empty, and missing
 * from {@code shown}; nothing hidden is ever in here.
 *
 * @param campusVerified       the account's campus e-mail address or campus sign-in is confirmed
 * @param organisationName     the employer organisation, for people of one (shown with the profile)
 * @param organisationVerified the career center has verified that organisation
 */
public record ProfileView(long accountId, String displayName, boolean campusVerified, String organisationName,
                          boolean organisationVerified, Set<ProfileSection> shown, String headline, Long photoUploadId,
                          String aboutHtml, String location, String pronouns, List<EducationEntry> education,
                          List<ExperienceEntry> experience, List<String> skills, List<ProjectEntry> projects,
                          Long resumeUploadId, String email) {

    public ProfileView {
        shown = Set.copyOf(shown);
        education = List.copyOf(education);
        experience = List.copyOf(experience);
        skills = List.copyOf(skills);
        projects = List.copyOf(projects);
    }

    public boolean shows(ProfileSection section) {
        return shown.contains(section);
    }
}
