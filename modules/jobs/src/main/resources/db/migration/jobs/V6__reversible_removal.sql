-- Moderation's REMOVE is undone when an author's appeal is granted (moderation then sends DISMISS).
-- status_before_removal: the status a REMOVED posting had, so it can go back to it; NULL otherwise,
-- and for postings removed before this version (see PostingsModeration for what those go back to).
ALTER TABLE jobs_posting ADD COLUMN status_before_removal VARCHAR(10) NULL;
