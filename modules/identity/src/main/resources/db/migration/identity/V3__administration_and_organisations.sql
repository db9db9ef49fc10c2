-- Staff search people by name as well as by e-mail (prefix search).
CREATE INDEX ix_identity_account_name ON identity_account (display_name);

-- Employers: organisations the career center verifies before their people may post.
CREATE TABLE identity_organisation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(150) NOT NULL,
    website          VARCHAR(255) NOT NULL,
    email_domain     VARCHAR(253) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    decided_at       DATETIME(6)  NULL,
    decided_by       BIGINT       NULL,
    rejection_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_identity_organisation_name (name),
    UNIQUE KEY ux_identity_organisation_domain (email_domain),
    -- The staff queue lists pending organisations, oldest first.
    KEY ix_identity_organisation_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE identity_account
    ADD COLUMN organisation_id BIGINT NULL AFTER status,
    ADD CONSTRAINT fk_identity_account_organisation FOREIGN KEY (organisation_id)
        REFERENCES identity_organisation (id);

-- Who changed whose account, and how: staff and admins answer for what they do.
CREATE TABLE identity_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    at         DATETIME(6)  NOT NULL,
    actor_id   BIGINT       NOT NULL,
    account_id BIGINT       NULL,
    action     VARCHAR(32)  NOT NULL,
    detail     VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_audit_account (account_id, at),
    KEY ix_identity_audit_actor (actor_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
