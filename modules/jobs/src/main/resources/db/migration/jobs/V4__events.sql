-- The events calendar. Account, group and organisation ids refer to other modules by id only.
-- (V10: the events half of issue 7 was built beside postings; the lead renumbers at merge.)

-- Times are UTC; zone is the IANA zone the host entered them in, for showing them back.
-- description is sanitised HTML. host_id becomes NULL when the host erases their account.
-- hidden: kept out of sight by moderation pending review; removed: taken down for good.
CREATE TABLE jobs_event (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    title                 VARCHAR(150)   NOT NULL,
    kind                  VARCHAR(16)    NOT NULL,
    online                BOOLEAN        NOT NULL,
    place                 VARCHAR(200)   NULL,
    link                  VARCHAR(500)   NULL,
    starts_at             DATETIME(6)    NOT NULL,
    ends_at               DATETIME(6)    NOT NULL,
    zone                  VARCHAR(64)    NOT NULL,
    capacity              INT            NOT NULL,
    registration_deadline DATETIME(6)    NOT NULL,
    description           MEDIUMTEXT     NOT NULL,
    host_id               BIGINT         NULL,
    host_name             VARCHAR(200)   NOT NULL,
    host_group_id         BIGINT         NULL,
    hidden                BOOLEAN        NOT NULL DEFAULT FALSE,
    removed               BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY jobs_event_upcoming (removed, hidden, ends_at, starts_at),
    KEY jobs_event_group (host_group_id, ends_at, starts_at),
    KEY jobs_event_host (host_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One RSVP per person and event; a cancelled RSVP is deleted. The waiting list is the
-- WAITLISTED rows in (requested_at, id) order. code is the random check-in code (unique).
CREATE TABLE jobs_rsvp (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    event_id            BIGINT       NOT NULL,
    account_id          BIGINT       NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    code                VARCHAR(20)  NOT NULL,
    show_to_connections BOOLEAN      NOT NULL,
    requested_at        DATETIME(6)  NOT NULL,
    checked_in_at       DATETIME(6)  NULL,
    checked_in_by       BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY jobs_rsvp_person (event_id, account_id),
    UNIQUE KEY jobs_rsvp_code (code),
    KEY jobs_rsvp_queue (event_id, status, requested_at, id),
    KEY jobs_rsvp_account (account_id, status),
    KEY jobs_rsvp_checked_in_by (checked_in_by),
    CONSTRAINT jobs_rsvp_event FOREIGN KEY (event_id) REFERENCES jobs_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's secret calendar feed: only the SHA-256 of the token is kept; a new one replaces it.
CREATE TABLE jobs_event_feed (
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id),
    UNIQUE KEY jobs_event_feed_token (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Organisations at a career fair and their booths; people mark the ones they mean to visit.
CREATE TABLE jobs_event_booth (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     BIGINT       NOT NULL,
    organisation VARCHAR(120) NOT NULL,
    number       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    KEY jobs_event_booth_event (event_id, number),
    CONSTRAINT jobs_event_booth_event FOREIGN KEY (event_id) REFERENCES jobs_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE jobs_booth_visit (
    booth_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (booth_id, account_id),
    KEY jobs_booth_visit_account (account_id),
    CONSTRAINT jobs_booth_visit_booth FOREIGN KEY (booth_id) REFERENCES jobs_event_booth (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
