-- Starts the groups module's migration history (flyway_history_groups). Its tables, all prefixed
-- groups_, arrive in later versions; no statement is needed to begin.
SELECT 1;
