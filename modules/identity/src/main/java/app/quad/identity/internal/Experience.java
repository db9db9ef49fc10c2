package app.quad.identity.internal;

import app.quad.identity.ExperienceEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "identity_experience")
@NamedQuery(name = "Experience.ofAccount", query = "SELECT e FROM Experience e WHERE e.accountId = :account ORDER BY e.position, e.id")
public class Experience {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    private String title;

    private String organisation;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    private String description;

    private int position;

    protected Experience() {
    }

    Experience(long accountId, int position, ExperienceEntry entry) {
        this.accountId = accountId;
        this.position = position;
        change(entry);
    }

    void change(ExperienceEntry entry) {
        title = entry.title();
        organisation = entry.organisation();
        startYear = entry.startYear();
        endYear = entry.endYear();
        description = entry.description();
    }

    ExperienceEntry entry() {
        return new ExperienceEntry(id, title, organisation, startYear, endYear, description);
    }

    long getAccountId() {
        return accountId;
    }
}
