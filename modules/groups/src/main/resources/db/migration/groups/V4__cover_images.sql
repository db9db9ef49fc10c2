-- A group's cover image: an upload kept by identity (kind GROUP_COVER), referred to by id.
ALTER TABLE groups_group ADD COLUMN cover_upload_id BIGINT NULL;
CREATE INDEX ix_groups_group_cover ON groups_group (cover_upload_id);
