-- The feed: short posts by members, their comments and reactions, and each member's noise controls.
-- Account ids refer to identity's accounts by id only.

CREATE TABLE networking_post (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    author_id        BIGINT        NOT NULL,
    body             VARCHAR(3000) NOT NULL,
    -- CAMPUS: every signed-in member; CONNECTIONS: the author's connections.
    audience         VARCHAR(16)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    -- Set while the author is suspended, and when moderators take a post down.
    author_suspended BOOLEAN       NOT NULL DEFAULT FALSE,
    removed_at       DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY networking_post_author (author_id, created_at),
    KEY networking_post_newest (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE networking_post_comment (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    post_id    BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    body       VARCHAR(3000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY networking_comment_post (post_id, id),
    KEY networking_comment_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One reaction per person and post, from a small fixed set.
CREATE TABLE networking_post_reaction (
    post_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    reaction   VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (post_id, account_id),
    KEY networking_reaction_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE networking_post_report (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    post_id     BIGINT        NOT NULL,
    reporter_id BIGINT        NOT NULL,
    reason      VARCHAR(500)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_post_report_once (post_id, reporter_id),
    KEY networking_post_report_reporter (reporter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Muted people and keywords: their posts stay out of the member's feed; nobody is told.
CREATE TABLE networking_mute (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    member_id  BIGINT      NOT NULL,
    muted_id   BIGINT      NULL,
    keyword    VARCHAR(50) NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_mute_person (member_id, muted_id),
    UNIQUE KEY networking_mute_keyword (member_id, keyword),
    KEY networking_mute_muted (muted_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Quiet mode: only connections' posts in the feed.
ALTER TABLE networking_member ADD COLUMN quiet_feed BOOLEAN NOT NULL DEFAULT FALSE;
