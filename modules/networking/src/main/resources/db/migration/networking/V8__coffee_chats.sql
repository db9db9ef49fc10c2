-- Coffee chats: one member proposes up to three times and a place to a connection, who picks one
-- or declines. Account ids refer to identity's accounts by id only.
--
-- ends_at is when the chat stops being current: for a proposal, when its last offered time
-- starts (it lapses then); for an agreed chat, when it ends. Each person's open, upcoming and past
-- chats are then one index range per role. starts_at is the agreed time. event_id names a jobs
-- event by id, for a chat at an event; nothing fills it until jobs lists events. agreed_at and
-- met_at feed the staff figures per month.
CREATE TABLE networking_coffee_chat (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    proposer_id      BIGINT       NOT NULL,
    invitee_id       BIGINT       NOT NULL,
    place            VARCHAR(200) NOT NULL,
    event_id         BIGINT       NULL,
    duration_minutes INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    chosen_slot_id   BIGINT       NULL,
    starts_at        DATETIME(6)  NULL,
    ends_at          DATETIME(6)  NOT NULL,
    sequence         INT          NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    decided_at       DATETIME(6)  NULL,
    agreed_at        DATETIME(6)  NULL,
    met_at           DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY networking_coffee_proposer (proposer_id, status, ends_at),
    KEY networking_coffee_invitee (invitee_id, status, ends_at),
    KEY networking_coffee_agreed (agreed_at),
    KEY networking_coffee_met_at (met_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE networking_coffee_slot (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    chat_id   BIGINT      NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY networking_coffee_slot_chat (chat_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "We met", said by each of the two after the chat; when both have, the chat's and the
-- connection's met_at are set.
CREATE TABLE networking_coffee_met (
    chat_id      BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    confirmed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (chat_id, account_id),
    KEY networking_coffee_met_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
