package app.quad.app.demo;

import app.quad.identity.Accounts;
import app.quad.identity.EducationEntry;
import app.quad.identity.ExperienceEntry;
import app.quad.identity.ProfileDetails;
import app.quad.identity.ProfileSection;
import app.quad.identity.Profiles;
import app.quad.identity.ProjectEntry;
import app.quad.identity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Fills in the demo members' profiles, once: a profile someone has edited is left alone. */
@ApplicationScoped
class DemoProfiles {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    /** @return how many profiles were filled in */
    int fillIn() {
        int filled = 0;
        filled += fill("ada.okafor@example.edu", id -> {
            profiles.updateDetails(id, new ProfileDetails("Computer science junior looking for a data engineering internship",
                    "<p>I build small tools that make messy data usable. Tutor in the <strong>intro programming</strong> lab.</p>",
                    "Springfield", "she/her"));
            profiles.addEducation(id, EducationEntry.input("Example University", "BSc", "Computer Science", 2024, 2028));
            profiles.addExperience(id, ExperienceEntry.input("Teaching assistant", "Department of Computer Science", 2025, null,
                    "Run two lab sections a week for first-year students."));
            profiles.addProject(id, ProjectEntry.input("Bus times", "https://example.org/ada/bus-times",
                    "A campus shuttle timetable that works offline."));
            profiles.setSkills(id, List.of("Python", "SQL", "Data cleaning", "Teaching"));
        });
        filled += fill("ben.carter@example.edu", id -> {
            profiles.updateDetails(id, new ProfileDetails("Mechanical engineering sophomore, robotics club", null, null, "he/him"));
            profiles.addEducation(id, EducationEntry.input("Example University", "BEng", "Mechanical Engineering", 2025, 2029));
            profiles.setSkills(id, List.of("CAD", "Arduino"));
        });
        filled += fill("dana.ruiz@alumni.example.edu", id -> {
            profiles.updateDetails(id, new ProfileDetails("Supply chain analyst at Northwind Traders; happy to talk careers in logistics",
                    "<p>Graduated in 2021. Ask me about moving from economics into operations.</p>", "Chicago", null));
            profiles.addEducation(id, EducationEntry.input("Example University", "BA", "Economics", 2017, 2021));
            profiles.addExperience(id, ExperienceEntry.input("Supply chain analyst", "Northwind Traders", 2021, null, null));
            profiles.setSkills(id, List.of("Excel", "Forecasting", "SQL"));
            // A graduate who wants to be found by students and recruiters.
            profiles.setVisibility(id, ProfileSection.PROFILE, Visibility.PUBLIC);
            profiles.setVisibility(id, ProfileSection.HEADLINE, Visibility.PUBLIC);
            profiles.setVisibility(id, ProfileSection.EXPERIENCE, Visibility.PUBLIC);
        });
        return filled;
    }

    private int fill(String email, java.util.function.LongConsumer filling) {
        long id = accounts.findByEmail(email).orElseThrow().id();
        if (profiles.completeness(id).percent() > 0) {
            return 0;
        }
        filling.accept(id);
        return 1;
    }
}
