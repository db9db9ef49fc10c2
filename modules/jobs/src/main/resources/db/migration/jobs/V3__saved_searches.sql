-- A member's saved job searches; each new posting that matches one is a notice (kind
-- jobs.saved-search, daily digest by default). criteria is the search as JSON (text, type,
-- location, remote, major, payPeriod, minPay, paidOnly, sort).
CREATE TABLE jobs_saved_search (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    criteria   VARCHAR(2000) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY jobs_saved_search_account (account_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
