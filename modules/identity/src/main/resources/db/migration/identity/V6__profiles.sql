-- The professional profile: one row per account that has started one.
CREATE TABLE identity_profile (
    account_id        BIGINT       NOT NULL,
    headline          VARCHAR(160) NULL,
    about_html        TEXT         NULL,
    location          VARCHAR(100) NULL,
    pronouns          VARCHAR(40)  NULL,
    photo_upload_id   BIGINT       NULL,
    resume_upload_id  BIGINT       NULL,
    -- FERPA directory opt-out: never shown to employers, in member search or in any listing.
    directory_opt_out BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_identity_profile_account FOREIGN KEY (account_id)
        REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who may see each part; a part without a row has its conservative default.
CREATE TABLE identity_profile_visibility (
    account_id BIGINT      NOT NULL,
    section    VARCHAR(16) NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, section),
    CONSTRAINT fk_identity_profile_visibility_profile FOREIGN KEY (account_id)
        REFERENCES identity_profile (account_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_education (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    school      VARCHAR(150) NOT NULL,
    degree      VARCHAR(100) NULL,
    major       VARCHAR(100) NULL,
    start_year  SMALLINT     NULL,
    end_year    SMALLINT     NULL,
    -- Career center staff vouch for an entry; editing it takes the attestation away.
    attested_by BIGINT       NULL,
    attested_at DATETIME(6)  NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_education_account (account_id, position),
    CONSTRAINT fk_identity_education_profile FOREIGN KEY (account_id)
        REFERENCES identity_profile (account_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_experience (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    title        VARCHAR(100) NOT NULL,
    organisation VARCHAR(150) NOT NULL,
    start_year   SMALLINT     NULL,
    end_year     SMALLINT     NULL,
    description  VARCHAR(2000) NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_experience_account (account_id, position),
    CONSTRAINT fk_identity_experience_profile FOREIGN KEY (account_id)
        REFERENCES identity_profile (account_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_project (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    title       VARCHAR(100) NOT NULL,
    url         VARCHAR(255) NULL,
    description VARCHAR(500) NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_project_account (account_id, position),
    CONSTRAINT fk_identity_project_profile FOREIGN KEY (account_id)
        REFERENCES identity_profile (account_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The shared skill vocabulary, suggested while typing (prefix search on name).
CREATE TABLE identity_skill (
    id   BIGINT      NOT NULL AUTO_INCREMENT,
    name VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_identity_skill_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_profile_skill (
    account_id BIGINT NOT NULL,
    skill_id   BIGINT NOT NULL,
    PRIMARY KEY (account_id, skill_id),
    -- Later: "people with this skill".
    KEY ix_identity_profile_skill_skill (skill_id),
    CONSTRAINT fk_identity_profile_skill_profile FOREIGN KEY (account_id)
        REFERENCES identity_profile (account_id) ON DELETE CASCADE,
    CONSTRAINT fk_identity_profile_skill_skill FOREIGN KEY (skill_id)
        REFERENCES identity_skill (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every time an employer sees a student's profile or résumé (FERPA disclosure record).
CREATE TABLE identity_disclosure (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    at          DATETIME(6) NOT NULL,
    employer_id BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    what        VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_disclosure_student (student_id, at),
    KEY ix_identity_disclosure_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
