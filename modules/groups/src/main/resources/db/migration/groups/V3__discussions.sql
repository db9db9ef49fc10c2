-- Discussions in groups: threads (groups_post) with replies, reactions and reports, plus the
-- group settings and membership flags they need. Account ids refer to identity's accounts by id only.

-- approve_first_posts: a MEMBER's first thread waits for a manager (on by default for CLOSED groups).
-- hidden: moderation keeps the group out of sight pending review (only its members still see it).
ALTER TABLE groups_group
    ADD COLUMN approve_first_posts BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE groups_group SET approve_first_posts = TRUE WHERE visibility = 'CLOSED';

-- trusted: a manager approved the member's first post (or they needed no approval).
-- post_notices: the member asked to hear of every new thread in this group (through the
-- notification kind groups.post, a digest by default).
ALTER TABLE groups_membership
    ADD COLUMN trusted BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN post_notices BOOLEAN NOT NULL DEFAULT FALSE,
    ADD KEY groups_membership_notices (group_id, post_notices, status);

-- A thread. state: PUBLISHED, PENDING (first post waiting for a manager), HELD (screening held it
-- for a moderator), HIDDEN (reported, out of sight pending review). Removed threads are deleted.
-- author_suspended hides a suspended author's threads until they are reactivated.
-- The list is newest activity first, keyset-paged on (last_activity_at, id).
CREATE TABLE groups_post (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    group_id         BIGINT        NOT NULL,
    author_id        BIGINT        NOT NULL,
    title            VARCHAR(150)  NOT NULL,
    body             TEXT          NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    pinned           BOOLEAN       NOT NULL DEFAULT FALSE,
    locked           BOOLEAN       NOT NULL DEFAULT FALSE,
    reply_count      INT           NOT NULL DEFAULT 0,
    author_suspended BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)   NOT NULL,
    last_activity_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY groups_post_activity (group_id, last_activity_at, id),
    KEY groups_post_state (group_id, state, id),
    KEY groups_post_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reply in a thread, oldest first. state: PUBLISHED, HELD or HIDDEN; author_suspended as for threads.
CREATE TABLE groups_reply (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    post_id    BIGINT      NOT NULL,
    group_id   BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    state      VARCHAR(10) NOT NULL,
    author_suspended BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY groups_reply_thread (post_id, id),
    KEY groups_reply_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One reaction per person and thread, from networking's fixed set.
CREATE TABLE groups_reaction (
    post_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    reaction   VARCHAR(12) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (post_id, account_id),
    KEY groups_reaction_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reports of threads (groups.post), replies (groups.reply) and groups (groups.group); once per reporter.
CREATE TABLE groups_report (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    target_kind VARCHAR(16)   NOT NULL,
    target_id   BIGINT        NOT NULL,
    reporter_id BIGINT        NOT NULL,
    reason      VARCHAR(16)   NOT NULL,
    detail      VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY groups_report_once (target_kind, target_id, reporter_id),
    KEY groups_report_reporter (reporter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
