-- Connections between members. Account ids refer to identity's accounts by id only.

-- Every request ever sent, for the answer and for the weekly budget (requests sent in the last
-- seven days, whatever became of them, so withdrawing does not give a request back).
CREATE TABLE networking_connection_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    requester_id BIGINT       NOT NULL,
    recipient_id BIGINT       NOT NULL,
    note         VARCHAR(300) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    decided_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY networking_request_sent (requester_id, created_at),
    KEY networking_request_inbox (recipient_id, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per connected pair, the smaller id first, so a pair cannot be connected twice.
CREATE TABLE networking_connection (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    low_id     BIGINT      NOT NULL,
    high_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    met_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_connection_pair (low_id, high_id),
    KEY networking_connection_high (high_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each connection in both directions: "my connections" and mutual connections are then one
-- index range each, as people-you-may-know needs on a large graph.
CREATE TABLE networking_edge (
    account_id    BIGINT      NOT NULL,
    other_id      BIGINT      NOT NULL,
    connection_id BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, other_id),
    KEY networking_edge_newest (account_id, created_at),
    KEY networking_edge_connection (connection_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE networking_block (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    blocker_id BIGINT      NOT NULL,
    blocked_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_block_pair (blocker_id, blocked_id),
    KEY networking_block_blocked (blocked_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
