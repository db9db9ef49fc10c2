package app.quad.identity;

/**
 * The forms in which an upload is kept. A PDF is kept as uploaded; an image is not kept as
 * uploaded at all, only re-encoded in two sizes, which drops its metadata (EXIF, GPS) and
 * anything hidden after the picture.
 */
public enum UploadVariant {

    /** The file as uploaded (PDFs only). */
    ORIGINAL,

    /** At most {@value #DISPLAY_PIXELS} pixels on the long side; smaller images keep their size. */
    DISPLAY,

    /** A square of {@value #THUMBNAIL_PIXELS} pixels a side, cut from the middle of the image. */
    THUMBNAIL;

    public static final int DISPLAY_PIXELS = 800;
    public static final int THUMBNAIL_PIXELS = 160;
}
