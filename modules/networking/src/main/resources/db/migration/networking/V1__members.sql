-- account_id refers to identity's account by id only: no foreign key across modules.
CREATE TABLE networking_member (
    account_id       BIGINT      NOT NULL,
    accepts_requests BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
