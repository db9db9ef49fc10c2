-- Moderation's sanctions: a suspension for a period ends by itself at suspended_until; a ban
-- (or an administrator's suspension) leaves it empty and lasts until someone lifts it.
ALTER TABLE identity_account ADD COLUMN suspended_until DATETIME(6) NULL;
