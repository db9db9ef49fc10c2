package app.quad.identity.web.profile;

import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The "add a project" fields of the profile page. */
public class ProjectForm implements Serializable {

    @Size(max = 100, message = "Use at most 100 characters.")
    String title;
    @Size(max = 255, message = "Use at most 255 characters.")
    String url;
    @Size(max = 500, message = "Use at most 500 characters.")
    String description;

    void clear() {
        title = null;
        url = null;
        description = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
