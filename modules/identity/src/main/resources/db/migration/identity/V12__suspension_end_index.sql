-- The suspension sweep looks for suspensions for a period that have ended.
CREATE INDEX ix_identity_account_suspended_until ON identity_account (suspended_until);
