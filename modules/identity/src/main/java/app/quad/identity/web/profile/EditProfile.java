package app.quad.identity.web.profile;

import app.quad.identity.Completeness;
import app.quad.identity.CurrentUser;
import app.quad.identity.EducationEntry;
import app.quad.identity.ExperienceEntry;
import app.quad.identity.ProfileDetails;
import app.quad.identity.ProfileSection;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.ProjectEntry;
import app.quad.identity.UploadKind;
import app.quad.identity.Viewer;
import app.quad.identity.Visibility;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Backs identity/profile/edit.xhtml: one's own profile, part by part, each part with its visibility. */
@Named
@ViewScoped
public class EditProfile implements Serializable {

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser currentUser;

    private ProfileView profile;

    @Size(max = 160, message = "Use at most 160 characters.")
    private String headline;
    private String about;
    @Size(max = 100, message = "Use at most 100 characters.")
    private String location;
    @Size(max = 40, message = "Use at most 40 characters.")
    private String pronouns;

    /** Visibility names by section: the select menus submit names, which the save turns back into values. */
    private Map<ProfileSection, String> visibility = new EnumMap<>(ProfileSection.class);

    @Size(max = 60, message = "A skill has at most 60 characters.")
    private String newSkill;

    private boolean directoryOptOut;

    private final EducationForm education = new EducationForm();
    private final ExperienceForm experience = new ExperienceForm();
    private final ProjectForm project = new ProjectForm();

    @PostConstruct
    void load() {
        long me = currentUser.id();
        profile = ownView(me);
        headline = profile.headline();
        about = profile.aboutHtml();
        location = profile.location();
        pronouns = profile.pronouns();
        visibility = new EnumMap<>(ProfileSection.class);
        profiles.visibility(me).forEach((section, value) -> visibility.put(section, value.name()));
        directoryOptOut = profiles.isDirectoryOptOut(me);
    }

    private ProfileView ownView(long me) {
        return profiles.view(me, me).orElseThrow();
    }

    private void reload() {
        profile = ownView(currentUser.id());
    }

    public void saveDetails() {
        try {
            profiles.updateDetails(currentUser.id(), new ProfileDetails(headline, about, location, pronouns));
            reload();
            about = profile.aboutHtml();
            FieldMessages.info("Saved.");
        } catch (Rejection rejection) {
            FieldMessages.show("details", rejection);
        }
    }

    public void saveVisibility() {
        long me = currentUser.id();
        visibility.forEach((section, value) -> profiles.setVisibility(me, section, Visibility.valueOf(value)));
        reload();
        FieldMessages.info("Saved. Use \u201cView as\u201d to check what others see.");
    }

    public void addEducation() {
        try {
            profiles.addEducation(currentUser.id(), EducationEntry.input(education.school, education.degree,
                    education.major, education.startYear, education.endYear));
            education.clear();
            reload();
        } catch (Rejection rejection) {
            FieldMessages.show("education", rejection);
        }
    }

    public void removeEducation(long id) {
        profiles.removeEducation(currentUser.id(), id);
        reload();
    }

    public void addExperience() {
        try {
            profiles.addExperience(currentUser.id(), ExperienceEntry.input(experience.title, experience.organisation,
                    experience.startYear, experience.endYear, experience.description));
            experience.clear();
            reload();
        } catch (Rejection rejection) {
            FieldMessages.show("experience", rejection);
        }
    }

    public void removeExperience(long id) {
        profiles.removeExperience(currentUser.id(), id);
        reload();
    }

    public void addProject() {
        try {
            profiles.addProject(currentUser.id(), ProjectEntry.input(project.title, project.url, project.description));
            project.clear();
            reload();
        } catch (Rejection rejection) {
            FieldMessages.show("projects", rejection);
        }
    }

    public void removeProject(long id) {
        profiles.removeProject(currentUser.id(), id);
        reload();
    }

    public void addSkill() {
        if (newSkill == null || newSkill.isBlank()) {
            FieldMessages.error("skills:skill", "Type a skill to add.");
            return;
        }
        List<String> skills = new ArrayList<>(profile.skills());
        skills.add(newSkill);
        saveSkills(skills);
    }

    public void removeSkill(String skill) {
        List<String> skills = new ArrayList<>(profile.skills());
        skills.remove(skill);
        saveSkills(skills);
    }

    private void saveSkills(List<String> skills) {
        try {
            profiles.setSkills(currentUser.id(), skills);
            newSkill = null;
            reload();
        } catch (Rejection rejection) {
            FieldMessages.error("skills:skill", rejection.getMessage());
        }
    }

    public List<String> suggestSkills(String prefix) {
        return profiles.suggestSkills(prefix, 10);
    }

    /** The file chosen in the photo or résumé form; not kept between requests. */
    private transient Part file;

    public void uploadPhoto() {
        upload(UploadKind.PHOTO, "photo", "Your new photo is on your profile.");
    }

    public void uploadResume() {
        upload(UploadKind.RESUME, "resume", "Your new résumé is on your profile.");
    }

    private void upload(UploadKind kind, String form, String done) {
        if (file == null || file.getSize() == 0) {
            FieldMessages.error(form + ":file", "Choose a file first.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            profiles.attach(currentUser.id(), kind, file.getSubmittedFileName(), content);
            reload();
            FieldMessages.info(done);
        } catch (Rejection rejection) {
            FieldMessages.error(form + ":file", rejection.getMessage());
        } catch (IOException e) {
            FieldMessages.error(form + ":file", "The file could not be read. Please try again.");
        } finally {
            file = null;
        }
    }

    public void removePhoto() {
        profiles.detach(currentUser.id(), UploadKind.PHOTO);
        reload();
    }

    public void removeResume() {
        profiles.detach(currentUser.id(), UploadKind.RESUME);
        reload();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void saveDirectoryOptOut() {
        profiles.setDirectoryOptOut(currentUser.id(), directoryOptOut);
        FieldMessages.info(directoryOptOut
                ? "You are out of the directory: employers cannot see you, and you appear in no search or list."
                : "You are back in the directory.");
    }

    public Completeness getCompleteness() {
        return profiles.completeness(currentUser.id());
    }

    public List<ProfileSection> getSections() {
        return List.of(ProfileSection.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<Viewer.Perspective> getPerspectives() {
        return List.of(Viewer.Perspective.values());
    }

    public String sectionLabel(ProfileSection section) {
        return switch (section) {
            case PROFILE -> "Your profile as a whole (name and page)";
            case HEADLINE -> "Headline";
            case PHOTO -> "Photo";
            case ABOUT -> "About";
            case LOCATION -> "Location";
            case PRONOUNS -> "Pronouns";
            case EDUCATION -> "Education";
            case EXPERIENCE -> "Experience";
            case SKILLS -> "Skills";
            case PROJECTS -> "Projects";
            case RESUME -> "Résumé";
            case CONTACT -> "E-mail address";
        };
    }

    public ProfileView getProfile() {
        return profile;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public Map<ProfileSection, String> getVisibility() {
        return visibility;
    }

    public String getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(String newSkill) {
        this.newSkill = newSkill;
    }

    public boolean isDirectoryOptOut() {
        return directoryOptOut;
    }

    public void setDirectoryOptOut(boolean directoryOptOut) {
        this.directoryOptOut = directoryOptOut;
    }

    public EducationForm getEducation() {
        return education;
    }

    public ExperienceForm getExperience() {
        return experience;
    }

    public ProjectForm getProject() {
        return project;
    }
}
