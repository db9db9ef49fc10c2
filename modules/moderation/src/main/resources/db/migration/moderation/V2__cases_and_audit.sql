-- Moderation: reports grouped into cases, decisions, appeals, the audit log and screening rules.
-- Account ids and reported items refer to other modules by id only (a target is kind + id).

-- One case per reported item while it is open: open_key is "kind:id" while OPEN and NULL once
-- decided, so a later report of the same item opens a new case.
CREATE TABLE moderation_case (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    target_kind     VARCHAR(40)   NOT NULL,
    target_id       BIGINT        NOT NULL,
    open_key        VARCHAR(64)   NULL,
    author_id       BIGINT        NULL,
    -- OPEN, CLOSED
    status          VARCHAR(8)    NOT NULL,
    -- Distinct reporters (one report per reporter and case).
    report_count    INT           NOT NULL DEFAULT 0,
    -- Out of sight pending review: by enough reports, or held by a screening rule.
    hidden          BOOLEAN       NOT NULL DEFAULT FALSE,
    held            BOOLEAN       NOT NULL DEFAULT FALSE,
    -- What the screening rules saw, one per line, for a held item.
    signals         VARCHAR(2000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    last_report_at  DATETIME(6)   NOT NULL,
    outcome         VARCHAR(24)   NULL,
    decided_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY moderation_case_open (open_key),
    KEY moderation_case_newest (status, last_report_at, id),
    KEY moderation_case_most (status, report_count, last_report_at),
    KEY moderation_case_kind (status, target_kind, last_report_at),
    KEY moderation_case_target (target_kind, target_id),
    KEY moderation_case_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One report per reporter and case.
CREATE TABLE moderation_report (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    reporter_id BIGINT        NOT NULL,
    reason      VARCHAR(16)   NOT NULL,
    detail      VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY moderation_report_once (case_id, reporter_id),
    KEY moderation_report_reason (reason, case_id),
    KEY moderation_report_mine (reporter_id, created_at),
    CONSTRAINT moderation_report_case FOREIGN KEY (case_id) REFERENCES moderation_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every action taken on a case, in order. until: the end of a suspension.
CREATE TABLE moderation_action (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    case_id      BIGINT        NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    moderator_id BIGINT        NULL,
    until        DATETIME(6)   NULL,
    at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY moderation_action_case (case_id, id),
    KEY moderation_action_moderator (moderator_id),
    CONSTRAINT moderation_action_case FOREIGN KEY (case_id) REFERENCES moderation_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An author appeals a case's decision once; a moderator who did not decide the case answers it.
-- status: OPEN, UPHELD (the decision stands), REVERSED.
CREATE TABLE moderation_appeal (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    case_id      BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    status       VARCHAR(8)    NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    decided_by   BIGINT        NULL,
    decided_at   DATETIME(6)   NULL,
    answer       VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY moderation_appeal_once (case_id),
    KEY moderation_appeal_open (status, created_at),
    KEY moderation_appeal_author (author_id),
    KEY moderation_appeal_decider (decided_by),
    CONSTRAINT moderation_appeal_case FOREIGN KEY (case_id) REFERENCES moderation_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the code only ever inserts here. Erasure of a person clears their ids (actor_id,
-- and target_id where the target is their account) and keeps the entry.
CREATE TABLE moderation_audit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    action      VARCHAR(40)   NOT NULL,
    target_kind VARCHAR(40)   NOT NULL,
    target_id   BIGINT        NULL,
    reason      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY moderation_audit_at (at),
    KEY moderation_audit_actor (actor_id, at),
    KEY moderation_audit_target (target_kind, target_id, at),
    KEY moderation_audit_action (action, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff's keyword and link rules. kind: KEYWORD (a word or phrase), LINK (a host name);
-- verdict: BLOCK or HOLD.
CREATE TABLE moderation_rule (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(8)   NOT NULL,
    pattern    VARCHAR(200) NOT NULL,
    verdict    VARCHAR(8)   NOT NULL,
    created_by BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY moderation_rule_pattern (kind, pattern),
    KEY moderation_rule_author (created_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each account submitted, by kind and minute, for new-account budgets and bursts. Rows
-- older than a day are deleted as new ones come.
CREATE TABLE moderation_counter (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    minute     DATETIME    NOT NULL,
    count      INT         NOT NULL,
    PRIMARY KEY (account_id, kind, minute),
    KEY moderation_counter_minute (minute)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
