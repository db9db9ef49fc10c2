-- Files people upload: résumés (PDF) and photos. The files themselves live in the folder
-- quad.uploads.dir, under names generated from storage_key; this table says whose they are and
-- what they hold. Rows are never updated: replacing a photo stores a new upload.
CREATE TABLE identity_upload (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id      BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    -- What the content was found to be, and is served as; never what the browser claimed.
    content_type  VARCHAR(64)  NOT NULL,
    -- The size of the file as uploaded.
    size_bytes    BIGINT       NOT NULL,
    -- 128 random bits in hex: the files' names on disk. Unguessable, and unrelated to the id.
    storage_key   CHAR(32)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- The name the browser sent, cleaned, for showing to people only.
    original_name VARCHAR(255) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_identity_upload_storage_key (storage_key),
    KEY ix_identity_upload_owner (owner_id, kind),
    CONSTRAINT fk_identity_upload_owner FOREIGN KEY (owner_id)
        REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
