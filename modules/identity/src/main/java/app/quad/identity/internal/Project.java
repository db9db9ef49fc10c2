package app.quad.identity.internal;

import app.quad.identity.ProjectEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "identity_project")
@NamedQuery(name = "Project.ofAccount", query = "SELECT p FROM Project p WHERE p.accountId = :account ORDER BY p.position, p.id")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    private String title;

    private String url;

    private String description;

    private int position;

    protected Project() {
    }

    Project(long accountId, int position, ProjectEntry entry) {
        this.accountId = accountId;
        this.position = position;
        this.title = entry.title();
        this.url = entry.url();
        this.description = entry.description();
    }

    ProjectEntry entry() {
        return new ProjectEntry(id, title, url, description);
    }

    long getAccountId() {
        return accountId;
    }
}
