-- Groups and who is in them. Account ids refer to identity's accounts by id only.

-- name and slug are unique (the collation makes "Robotics" and "robotics" the same name).
-- Description and rules are plain text, shown escaped.
CREATE TABLE groups_group (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(80)   NOT NULL,
    slug        VARCHAR(90)   NOT NULL,
    official    BOOLEAN       NOT NULL,
    visibility  VARCHAR(8)    NOT NULL,
    category    VARCHAR(16)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    rules       VARCHAR(4000) NOT NULL,
    created_by  BIGINT        NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY groups_group_name (name),
    UNIQUE KEY groups_group_slug (slug),
    KEY groups_group_directory (visibility, category, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and group: ACTIVE members (OWNER, MANAGER or MEMBER), REQUESTED joins
-- waiting for a manager, INVITED people who have not answered, BANNED people who may not return.
CREATE TABLE groups_membership (
    group_id   BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(8)  NOT NULL,
    status     VARCHAR(10) NOT NULL,
    since      DATETIME(6) NOT NULL,
    PRIMARY KEY (group_id, account_id),
    KEY groups_membership_mine (account_id, status, group_id),
    KEY groups_membership_members (group_id, status, role, since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
