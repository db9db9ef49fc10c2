package app.quad.jobs.internal.applications;

import app.quad.jobs.ApplicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Written with INSERT IGNORE (see JpaApplications.apply); read and updated here. */
@Entity
@Table(name = "jobs_application")
class StoredApplication {

    @Id
    private Long id;

    @Column(name = "posting_id")
    private Long postingId;

    @Column(name = "student_id")
    private Long studentId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Column(name = "resume_upload_id")
    private Long resumeUploadId;

    private String answers;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StoredApplication() {
    }

    long id() { return id; }
    long postingId() { return postingId; }
    long studentId() { return studentId; }
    ApplicationStatus status() { return status; }
    Long resumeUploadId() { return resumeUploadId; }
    String answers() { return answers; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    void become(ApplicationStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }
}
