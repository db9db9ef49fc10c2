package app.quad.identity.web.profile;

import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The "add a role" fields of the profile page. */
public class ExperienceForm implements Serializable {

    @Size(max = 100, message = "Use at most 100 characters.")
    String title;
    @Size(max = 150, message = "Use at most 150 characters.")
    String organisation;
    Integer startYear;
    Integer endYear;
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    String description;

    void clear() {
        title = null;
        organisation = null;
        startYear = null;
        endYear = null;
        description = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
