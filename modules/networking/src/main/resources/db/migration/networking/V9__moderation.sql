-- Moderation: what a report says, and things kept out of sight pending review.

-- Why the member reported (moderation's ReportReason); the old reason column holds their own words.
ALTER TABLE networking_post_report ADD COLUMN category VARCHAR(16) NOT NULL DEFAULT 'OTHER';
ALTER TABLE networking_message_report ADD COLUMN category VARCHAR(16) NOT NULL DEFAULT 'OTHER',
    ADD COLUMN detail VARCHAR(1000) NOT NULL DEFAULT '';

-- hidden: out of sight pending a moderator's review (enough reports, or held by screening);
-- removed_at: taken down by a moderator for good.
ALTER TABLE networking_post ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE networking_post_comment ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN removed_at DATETIME(6) NULL;
ALTER TABLE networking_message ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
