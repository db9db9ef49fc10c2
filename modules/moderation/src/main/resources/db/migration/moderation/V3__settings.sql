-- Limits staff change on the rules page rather than in the server's configuration (new-account
-- budgets, bursts, the hiding threshold). A missing row means the configured default.
CREATE TABLE moderation_setting (
    name       VARCHAR(64)  NOT NULL,
    value      VARCHAR(255) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
