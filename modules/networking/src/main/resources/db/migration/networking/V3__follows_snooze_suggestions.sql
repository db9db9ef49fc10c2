-- Follows: one-way, for updates without a connection. A follow names an account (staff or alumni
-- who allow followers) or an organisation, by id only.
CREATE TABLE networking_follow (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    follower_id BIGINT      NOT NULL,
    target_kind VARCHAR(16) NOT NULL,
    target_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_follow_once (follower_id, target_kind, target_id),
    KEY networking_follow_target (target_kind, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Snooze networking": no new connection or message requests until snoozed_until, and whoever
-- tries reads the note. Followers are opt-in. The snooze replaces the unused accepts_requests flag.
ALTER TABLE networking_member
    DROP COLUMN accepts_requests,
    ADD COLUMN snoozed_until    DATETIME(6)  NULL,
    ADD COLUMN snooze_note      VARCHAR(300) NULL,
    ADD COLUMN allows_followers BOOLEAN      NOT NULL DEFAULT FALSE;

-- People you may know: each member's number of connections, kept with every connect and
-- disconnect, so that suggestions can weigh people with huge networks down without counting.
ALTER TABLE networking_member ADD COLUMN degree INT NOT NULL DEFAULT 0;
UPDATE networking_member m SET degree = (SELECT COUNT(*) FROM networking_edge e WHERE e.account_id = m.account_id);

-- Suggestions a member dismissed; they are not suggested again.
CREATE TABLE networking_dismissed_suggestion (
    member_id    BIGINT      NOT NULL,
    suggested_id BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, suggested_id),
    KEY networking_dismissed_suggested (suggested_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
