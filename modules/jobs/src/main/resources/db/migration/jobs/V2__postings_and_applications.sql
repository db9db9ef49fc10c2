-- Job postings and applications. Organisation and account ids refer to identity by id only.

-- A posting belongs to an organisation (NULL when career center staff post for the campus itself);
-- author_id is who wrote it (NULL once that person erased their account).
-- status: DRAFT, SUBMITTED, HELD (screening held it for moderation), REJECTED, PUBLISHED, CLOSED, REMOVED.
-- hidden: moderation keeps a published posting out of sight pending review.
-- description_html is sanitised rich text; description_text is its visible text, for the full-text index.
-- pay_period: HOUR, MONTH, YEAR or UNPAID (internships only; pay_min and pay_max are then NULL).
-- deadline: the last day to apply, on the campus calendar (quad.campus-zone).
-- questions: the screening questions as a JSON array of strings.
CREATE TABLE jobs_posting (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT        NULL,
    organisation_name VARCHAR(200)  NOT NULL,
    author_id         BIGINT        NULL,
    title             VARCHAR(120)  NOT NULL,
    description_html  TEXT          NOT NULL,
    description_text  TEXT          NOT NULL,
    job_type          VARCHAR(12)   NOT NULL,
    location          VARCHAR(120)  NOT NULL,
    remote            VARCHAR(8)    NOT NULL,
    pay_min           INT           NULL,
    pay_max           INT           NULL,
    pay_period        VARCHAR(8)    NOT NULL,
    all_majors        BOOLEAN       NOT NULL,
    grad_years        VARCHAR(100)  NOT NULL,
    deadline          DATE          NOT NULL,
    apply_mode        VARCHAR(8)    NOT NULL,
    apply_url         VARCHAR(500)  NULL,
    questions         TEXT          NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    hidden            BOOLEAN       NOT NULL DEFAULT FALSE,
    rejection_reason  VARCHAR(1000) NULL,
    held_signals      VARCHAR(2000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6)   NULL,
    published_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    -- Students' search: live postings by date or by deadline, and the expiry sweep.
    KEY jobs_posting_live (status, hidden, deadline),
    KEY jobs_posting_live_newest (status, hidden, published_at),
    -- "Your postings" and the organisation page.
    KEY jobs_posting_organisation (organisation_id, status, deadline),
    KEY jobs_posting_author (author_id, status),
    -- The staff review queue.
    KEY jobs_posting_review (status, submitted_at),
    FULLTEXT KEY jobs_posting_text (title, description_text, organisation_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The majors a posting targets; none (all_majors) means every major.
CREATE TABLE jobs_posting_major (
    posting_id BIGINT       NOT NULL,
    major      VARCHAR(100) NOT NULL,
    PRIMARY KEY (posting_id, major),
    KEY jobs_posting_major_by_major (major, posting_id),
    CONSTRAINT jobs_posting_major_posting FOREIGN KEY (posting_id) REFERENCES jobs_posting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One application per student and posting (the unique key makes a double submit one row).
-- status: SUBMITTED, REVIEWED, INTERVIEW, OFFER, HIRED, DECLINED, WITHDRAWN.
-- resume_upload_id: identity's upload holding a copy of the résumé as it was when applying
-- (owned by the student, so it survives a new résumé on the profile and goes with their erasure).
-- answers: the screening questions and answers as a JSON array of {question, answer}.
CREATE TABLE jobs_application (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    posting_id       BIGINT      NOT NULL,
    student_id       BIGINT      NOT NULL,
    status           VARCHAR(10) NOT NULL,
    resume_upload_id BIGINT      NULL,
    answers          TEXT        NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY jobs_application_once (posting_id, student_id),
    KEY jobs_application_pipeline (posting_id, status, created_at),
    KEY jobs_application_student (student_id, created_at),
    KEY jobs_application_resume (resume_upload_id),
    CONSTRAINT jobs_application_posting FOREIGN KEY (posting_id) REFERENCES jobs_posting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Postings a member keeps for later.
CREATE TABLE jobs_bookmark (
    account_id BIGINT      NOT NULL,
    posting_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, posting_id),
    KEY jobs_bookmark_posting (posting_id),
    CONSTRAINT jobs_bookmark_posting FOREIGN KEY (posting_id) REFERENCES jobs_posting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reports of postings, once per member and posting; moderation keeps the case.
CREATE TABLE jobs_posting_report (
    posting_id  BIGINT       NOT NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(16)  NOT NULL,
    detail      VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (posting_id, reporter_id),
    KEY jobs_posting_report_reporter (reporter_id),
    CONSTRAINT jobs_posting_report_posting FOREIGN KEY (posting_id) REFERENCES jobs_posting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
