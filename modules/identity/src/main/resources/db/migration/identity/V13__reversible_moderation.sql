-- status_before_removal: the status an organisation had when moderation's REMOVE turned it down, so
-- that a granted appeal (moderation then sends DISMISS) gives it back; NULL when the rejection was
-- staff's own, and cleared by any later decision about the organisation.
ALTER TABLE identity_organisation ADD COLUMN status_before_removal VARCHAR(10) NULL;

-- hidden: moderation keeps a reported profile out of sight pending review (HIDE); only its owner
-- and moderators open it, and no list names it, until DISMISS shows it again.
ALTER TABLE identity_profile ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
