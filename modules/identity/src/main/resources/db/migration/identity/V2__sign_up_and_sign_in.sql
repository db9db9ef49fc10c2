-- Accounts now pass through states: UNVERIFIED (signed up, e-mail not confirmed), INVITED
-- (created by staff import), ACTIVE, SUSPENDED. Existing accounts were active.
ALTER TABLE identity_account
    ADD COLUMN verified_at     DATETIME(6) NULL AFTER status,
    -- Raised whenever every session of the account must end (password change, suspension).
    ADD COLUMN session_version INT         NOT NULL DEFAULT 0 AFTER verified_at,
    -- Invited accounts have no password until the person accepts the invitation.
    MODIFY COLUMN password_hash VARCHAR(255) NULL;

UPDATE identity_account SET verified_at = created_at WHERE status = 'ACTIVE';

-- Staff list accounts by state (unverified clean-up, suspended people).
CREATE INDEX ix_identity_account_status ON identity_account (status, id);

-- Single-use links sent by e-mail. Only a SHA-256 of the token is stored, so a database
-- leak does not hand out working links.
CREATE TABLE identity_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(24) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_identity_token_hash (token_hash),
    KEY ix_identity_token_account (account_id, purpose),
    CONSTRAINT fk_identity_token_account FOREIGN KEY (account_id)
        REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- E-mail domains whose addresses may sign up as students, e.g. example.edu (subdomains included).
CREATE TABLE identity_campus_domain (
    domain     VARCHAR(253) NOT NULL,
    added_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (domain)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed attempts per e-mail address and purpose (sign-in, password reset). Keyed by a hash of
-- the address so that unknown addresses are throttled exactly like known ones.
CREATE TABLE identity_throttle (
    subject_hash  CHAR(64)    NOT NULL,
    purpose       VARCHAR(24) NOT NULL,
    window_start  DATETIME(6) NOT NULL,
    failures      INT         NOT NULL,
    lockouts      INT         NOT NULL,
    blocked_until DATETIME(6) NULL,
    PRIMARY KEY (subject_hash, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
