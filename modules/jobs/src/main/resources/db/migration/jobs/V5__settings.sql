-- Settings career center staff change in Quad rather than in the server's configuration, such as
-- whether verified employers' postings need their review. A missing row means the configured default.
CREATE TABLE jobs_setting (
    name       VARCHAR(64)  NOT NULL,
    value      VARCHAR(255) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
