-- Campus sign-in (OpenID Connect): which account a person of the campus identity provider is.
-- Matched by issuer and subject, never by e-mail, so a later change of address at the campus
-- keeps the link. The subject is compared byte for byte: OpenID subjects are case-sensitive.
CREATE TABLE identity_external_login (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    issuer            VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject           VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    account_id        BIGINT       NOT NULL,
    linked_at         DATETIME(6)  NOT NULL,
    last_signed_in_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_identity_external_login_subject (issuer, subject),
    -- One login per account and provider: a second campus identity cannot take over an account.
    UNIQUE KEY ux_identity_external_login_account (account_id, issuer),
    CONSTRAINT fk_identity_external_login_account FOREIGN KEY (account_id)
        REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
