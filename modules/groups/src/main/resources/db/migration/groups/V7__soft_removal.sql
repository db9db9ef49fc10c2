-- Moderation's REMOVE keeps threads, replies and groups, marked removed_at, instead of deleting
-- them: an author's appeal may be granted later, and DISMISS then brings the item back as it was
-- (a group with its members and threads). Removed rows are out of every list and page; a person's
-- erasure still deletes their rows for good.
ALTER TABLE groups_group ADD COLUMN removed_at DATETIME(6) NULL;
ALTER TABLE groups_post ADD COLUMN removed_at DATETIME(6) NULL;
ALTER TABLE groups_reply ADD COLUMN removed_at DATETIME(6) NULL;
