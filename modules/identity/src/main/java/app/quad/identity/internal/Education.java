package app.quad.identity.internal;

import app.quad.identity.EducationEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "identity_education")
@NamedQuery(name = "Education.ofAccount", query = "SELECT e FROM Education e WHERE e.accountId = :account ORDER BY e.position, e.id")
public class Education {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    private String school;

    private String degree;

    private String major;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    @Column(name = "attested_by")
    private Long attestedBy;

    @Column(name = "attested_at")
    private Instant attestedAt;

    private int position;

    protected Education() {
    }

    Education(long accountId, int position, EducationEntry entry) {
        this.accountId = accountId;
        this.position = position;
        change(entry);
    }

    /** Takes the new values; a change to an attested entry takes the attestation away. */
    void change(EducationEntry entry) {
        boolean same = equal(school, entry.school()) && equal(degree, entry.degree()) && equal(major, entry.major())
                && equal(startYear, entry.startYear()) && equal(endYear, entry.endYear());
        if (!same) {
            attestedBy = null;
            attestedAt = null;
        }
        school = entry.school();
        degree = entry.degree();
        major = entry.major();
        startYear = entry.startYear();
        endYear = entry.endYear();
    }

    void attest(long staffId, Instant now) {
        attestedBy = staffId;
        attestedAt = now;
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    EducationEntry entry() {
        // The time tells that staff vouched for it; who did is forgotten when they erase their account.
        return new EducationEntry(id, school, degree, major, startYear, endYear, attestedAt != null);
    }

    long getAccountId() {
        return accountId;
    }
}
