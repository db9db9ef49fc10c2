package app.quad.identity.web.profile;

import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The "add a school" fields of the profile page. */
public class EducationForm implements Serializable {

    @Size(max = 150, message = "Use at most 150 characters.")
    String school;
    @Size(max = 100, message = "Use at most 100 characters.")
    String degree;
    @Size(max = 100, message = "Use at most 100 characters.")
    String major;
    Integer startYear;
    Integer endYear;

    void clear() {
        school = null;
        degree = null;
        major = null;
        startYear = null;
        endYear = null;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getDegree() {
        return degree;
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
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
}
