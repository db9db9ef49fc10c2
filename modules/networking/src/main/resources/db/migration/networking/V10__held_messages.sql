-- held: kept back by moderation's screening and never delivered (hidden as well). When a moderator
-- lets it through, it is delivered then: the conversation moves up and the recipient is told.
ALTER TABLE networking_message ADD COLUMN held BOOLEAN NOT NULL DEFAULT FALSE;
