-- Threads of a member's groups in their home feed (networking's FeedContributor port): for each of
-- the member's groups, the threads started in a time window, newest first.
CREATE INDEX ix_groups_post_started ON groups_post (group_id, created_at, id);
