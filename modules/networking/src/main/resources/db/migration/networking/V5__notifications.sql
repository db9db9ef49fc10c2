-- The notification centre (docs/architecture.md, "Notifications"). recipient_id, actor_id and
-- account_id refer to identity's accounts by id only: no foreign keys across modules.

-- One notice to one person. A notice whose delivery is "off" is never written.
CREATE TABLE networking_notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT        NOT NULL,
    -- Whose action caused it, when a person's: their erasure deletes it, since the text names them.
    actor_id     BIGINT        NULL,
    kind         VARCHAR(100)  NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    -- A view path inside Quad with its query, e.g. /networking/connections/requests.xhtml.
    link         VARCHAR(1000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    -- DAILY_DIGEST or WEEKLY_DIGEST while the notice waits for its digest mail; NULL otherwise
    -- (in Quad only, mailed at once, or already in a digest).
    digest       VARCHAR(16)   NULL,
    digested_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    -- "My notifications, newest first": ids grow with time.
    KEY ix_networking_notification_recipient (recipient_id, id),
    -- The unread count in the header, on every page.
    KEY ix_networking_notification_unread (recipient_id, read_at),
    -- Only notices waiting for a digest carry one: whether any is due, then who, person by person.
    KEY ix_networking_notification_due (digest, created_at),
    KEY ix_networking_notification_digest (digest, recipient_id, created_at),
    KEY ix_networking_notification_actor (actor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's own choice of delivery for one kind of notice. Without a row the kind's default
-- applies, so a kind added later reaches people who never opened the settings page.
CREATE TABLE networking_notification_setting (
    account_id BIGINT       NOT NULL,
    kind       VARCHAR(100) NOT NULL,
    delivery   VARCHAR(16)  NOT NULL,
    chosen_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
