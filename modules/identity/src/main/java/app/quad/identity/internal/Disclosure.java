package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One time a person of an employer saw a student's profile or résumé (FERPA disclosure record). */
@Entity
@Table(name = "identity_disclosure")
@NamedQuery(name = "Disclosure.ofStudent", query = "SELECT d FROM Disclosure d WHERE d.studentId = :student ORDER BY d.at DESC, d.id DESC")
@NamedQuery(name = "Disclosure.countOfStudent", query = "SELECT COUNT(d) FROM Disclosure d WHERE d.studentId = :student")
public class Disclosure {

    enum What { PROFILE, RESUME }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    @Column(name = "employer_id")
    private long employerId;

    @Column(name = "student_id")
    private long studentId;

    private String what;

    protected Disclosure() {
    }

    Disclosure(long employerId, long studentId, What what, Instant at) {
        this.employerId = employerId;
        this.studentId = studentId;
        this.what = what.name();
        this.at = at;
    }
}
