-- One-to-one messages. Account ids refer to identity's accounts by id only.

-- One conversation per pair of members, the smaller id first, so a pair never has two.
-- status: ACTIVE, REQUESTED (a non-connection's first message, waiting for the recipient's
-- answer) or DECLINED (the requester is not told and sees it as still waiting).
CREATE TABLE networking_conversation (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    low_id       BIGINT      NOT NULL,
    high_id      BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    requested_by BIGINT      NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_conversation_pair (low_id, high_id),
    KEY networking_conversation_high (high_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each member's side of a conversation: where it is filed for them (INBOX, REQUESTS, DECLINED),
-- the newest message and the newest they have read. Copying the newest message here makes
-- "my conversations, newest first" and the unread count one index range each.
-- other_suspended hides the other person's messages while an administrator has suspended them.
CREATE TABLE networking_participant (
    conversation_id      BIGINT      NOT NULL,
    account_id           BIGINT      NOT NULL,
    other_id             BIGINT      NOT NULL,
    folder               VARCHAR(16) NOT NULL,
    last_message_id      BIGINT      NOT NULL DEFAULT 0,
    last_message_at      DATETIME(6) NOT NULL,
    last_read_message_id BIGINT      NOT NULL DEFAULT 0,
    other_suspended      BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (account_id, conversation_id),
    KEY networking_participant_folder (account_id, folder, last_message_at),
    KEY networking_participant_other (other_id),
    KEY networking_participant_conversation (conversation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages as plain text; pages escape them. client_token comes from the form that sent the
-- message: a form posted twice carries the same token, and the unique key makes it one message.
CREATE TABLE networking_message (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id BIGINT      NOT NULL,
    sender_id       BIGINT      NOT NULL,
    body            TEXT        NOT NULL,
    client_token    VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_message_token (sender_id, client_token),
    KEY networking_message_thread (conversation_id, id),
    KEY networking_message_rate (sender_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages reported to the moderators, once per reporter and message.
CREATE TABLE networking_message_report (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    message_id  BIGINT      NOT NULL,
    reporter_id BIGINT      NOT NULL,
    sender_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY networking_report_once (message_id, reporter_id),
    KEY networking_report_reporter (reporter_id),
    KEY networking_report_sender (sender_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Conversations the people of an employer organisation started with students they are not
-- connected with, per term, for the quota. It names no person, so erasing one changes nothing
-- here, and the row's lock makes two recruiters of one organisation take turns at the limit.
CREATE TABLE networking_outreach (
    organisation_id BIGINT NOT NULL,
    term_start      DATE   NOT NULL,
    started         INT    NOT NULL,
    PRIMARY KEY (organisation_id, term_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
