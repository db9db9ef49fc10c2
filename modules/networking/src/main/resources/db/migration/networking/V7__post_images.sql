-- An optional image in a post: an identity upload (kind POST_IMAGE), referred to by id, with the
-- author's description of it for people who cannot see it.
ALTER TABLE networking_post
    ADD COLUMN image_upload_id BIGINT       NULL,
    ADD COLUMN image_alt       VARCHAR(300) NULL,
    ADD KEY networking_post_image (image_upload_id);
