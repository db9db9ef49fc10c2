-- removed_at: a moderator removed the message (it is hidden as well). Reports rejected later show a
-- hidden message again only if it was not removed; only a granted appeal undoes a removal.
ALTER TABLE networking_message ADD COLUMN removed_at DATETIME(6) NULL;
-- Before this, a hidden message that screening had not held could only have been removed by a
-- moderator (only its recipient can report it, so no threshold hides it); those held before V10
-- cannot be told apart and stay hidden as removed.
UPDATE networking_message SET removed_at = created_at WHERE hidden = TRUE AND held = FALSE;
