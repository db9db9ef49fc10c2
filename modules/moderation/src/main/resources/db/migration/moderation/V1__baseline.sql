-- Starts the moderation module's migration history (flyway_history_moderation). Its tables, all prefixed
-- moderation_, arrive in later versions; no statement is needed to begin.
SELECT 1;
