-- An employer organisation's public page: a description its people write, and a logo.
ALTER TABLE identity_organisation
    ADD COLUMN about_html     TEXT   NULL AFTER website,
    ADD COLUMN logo_upload_id BIGINT NULL AFTER about_html;
