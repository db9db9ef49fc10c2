-- removed_at: a moderator removed the message (it is hidden as well). Reports rejected later show a
-- hidden message again only if it was not removed; only a granted appeal undoes a removal.
ALTER TABLE networking_message ADD COLUMN removed_at DATETIME(6) NULL;
