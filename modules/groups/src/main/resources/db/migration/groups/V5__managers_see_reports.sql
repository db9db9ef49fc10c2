-- Reports of threads and replies reach the group's managers first: each names its group, and a
-- manager who keeps the item marks the reports seen so they leave the managers' list.
ALTER TABLE groups_report ADD COLUMN group_id BIGINT NULL, ADD COLUMN kept_at DATETIME(6) NULL;
UPDATE groups_report r JOIN groups_post p ON r.target_kind = 'groups.post' AND p.id = r.target_id SET r.group_id = p.group_id;
UPDATE groups_report r JOIN groups_reply p ON r.target_kind = 'groups.reply' AND p.id = r.target_id SET r.group_id = p.group_id;
CREATE INDEX ix_groups_report_open ON groups_report (group_id, kept_at, target_kind, target_id);
