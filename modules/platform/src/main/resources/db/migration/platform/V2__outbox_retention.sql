-- Delivered mail is deleted after a retention period; it holds links and personal data.
CREATE INDEX ix_platform_outbox_delivered ON platform_outbox (status, delivered_at);
