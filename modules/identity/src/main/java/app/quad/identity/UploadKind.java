package app.quad.identity;

import java.util.Set;

/**
 * What an uploaded file is for, which decides what Quad accepts and keeps. All images take the
 * same path (JPEG or PNG, re-encoded at display and thumbnail size), so a logo or a cover is one
 * more constant here.
 */
public enum UploadKind {

    RESUME(5, false),
    PHOTO(2, true),
    /** An employer organisation's logo on its page. */
    LOGO(2, true),
    /** An image in a post in the feed. */
    POST_IMAGE(2, true),
    /** A group's cover image on its page. */
    GROUP_COVER(2, true);

    private static final long MB = 1024L * 1024;

    private final int maxMegabytes;
    private final boolean image;

    UploadKind(int maxMegabytes, boolean image) {
        this.maxMegabytes = maxMegabytes;
        this.image = image;
    }

    /** The largest file accepted, in MB of 1,048,576 bytes. */
    public int maxMegabytes() {
        return maxMegabytes;
    }

    public long maxBytes() {
        return maxMegabytes * MB;
    }

    /** Whether files of this kind are images (kept re-encoded) rather than PDFs (kept as uploaded). */
    public boolean image() {
        return image;
    }

    /** The variants kept of a file of this kind. */
    public Set<UploadVariant> variants() {
        return image ? Set.of(UploadVariant.DISPLAY, UploadVariant.THUMBNAIL) : Set.of(UploadVariant.ORIGINAL);
    }
}
