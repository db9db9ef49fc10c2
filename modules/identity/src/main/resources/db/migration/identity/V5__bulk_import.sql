-- Career center staff import students and graduates from a CSV file (docs/import.md).

-- The campus student number, when the import gives one. Stored in upper case; unique per campus,
-- so that a later import recognises the person even after a change of name.
ALTER TABLE identity_account
    ADD COLUMN student_id      VARCHAR(32) NULL AFTER display_name,
    ADD COLUMN graduation_year SMALLINT    NULL AFTER student_id,
    ADD UNIQUE KEY ux_identity_account_student_id (student_id);

-- One uploaded file and how far its import has got. The counters are raised as each chunk of
-- rows commits, so the page can show progress while the import runs in the background.
CREATE TABLE identity_import_job (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    staff_account_id BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    total_rows       INT           NOT NULL,
    processed        INT           NOT NULL DEFAULT 0,
    created          INT           NOT NULL DEFAULT 0,
    updated          INT           NOT NULL DEFAULT 0,
    unchanged        INT           NOT NULL DEFAULT 0,
    rejected         INT           NOT NULL DEFAULT 0,
    problem          VARCHAR(500)  NULL,
    queued_at        DATETIME(6)   NOT NULL,
    started_at       DATETIME(6)   NULL,
    finished_at      DATETIME(6)   NULL,
    -- Last time the import made progress; a running import that stops moving was interrupted.
    touched_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_import_job_status (status, touched_at),
    CONSTRAINT fk_identity_import_job_staff FOREIGN KEY (staff_account_id)
        REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to each row of an import file: the downloadable report. Kept as rows rather than
-- one stored file because they are written in the same transaction as the accounts they describe,
-- so the report never claims a change that was rolled back, and a half-done import has a true
-- half report.
CREATE TABLE identity_import_row (
    job_id     BIGINT       NOT NULL,
    -- The row as a spreadsheet numbers it: the header is row 1.
    file_row   INT          NOT NULL,
    email      VARCHAR(254) NOT NULL,
    outcome    VARCHAR(16)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    -- The account created or updated; none for a rejected row.
    account_id BIGINT       NULL,
    PRIMARY KEY (job_id, file_row),
    CONSTRAINT fk_identity_import_row_job FOREIGN KEY (job_id)
        REFERENCES identity_import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
