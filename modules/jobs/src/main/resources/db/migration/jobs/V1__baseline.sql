-- Starts the jobs module's migration history (flyway_history_jobs). Its tables, all prefixed
-- jobs_, arrive in later versions; no statement is needed to begin.
SELECT 1;
