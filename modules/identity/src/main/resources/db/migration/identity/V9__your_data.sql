-- "Your data" (docs/security.md): exports of everything Quad holds about a person, and erasure.

-- One export of a person's data. The archive itself is a file in quad.exports.dir, deleted with
-- the row when it expires (seven days after it was ready) or when the account is erased.
CREATE TABLE identity_export_job (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    percent      INT          NOT NULL DEFAULT 0,
    -- The archive's name inside quad.exports.dir, once written.
    file_name    VARCHAR(255) NULL,
    size_bytes   BIGINT       NOT NULL DEFAULT 0,
    requested_at DATETIME(6)  NOT NULL,
    started_at   DATETIME(6)  NULL,
    finished_at  DATETIME(6)  NULL,
    expires_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_identity_export_job_account (account_id, id),
    KEY ix_identity_export_job_expires (expires_at),
    CONSTRAINT fk_identity_export_job_account FOREIGN KEY (account_id)
        REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An erased person's audit entries keep the fact (who was made what, by someone) but no longer
-- name them: the actor becomes unknown.
ALTER TABLE identity_audit MODIFY COLUMN actor_id BIGINT NULL;

-- Likewise an import run by staff who have since erased their account.
ALTER TABLE identity_import_job MODIFY COLUMN staff_account_id BIGINT NULL;
