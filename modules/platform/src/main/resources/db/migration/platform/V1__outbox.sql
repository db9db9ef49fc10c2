-- Side effects outside the database, recorded in the transaction that caused them.
CREATE TABLE platform_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    topic           VARCHAR(100)  NOT NULL,
    payload         MEDIUMTEXT    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(2000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    delivered_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    -- The worker's query: pending rows that are due, oldest first.
    KEY ix_platform_outbox_due (status, next_attempt_at),
    KEY ix_platform_outbox_topic (topic, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
