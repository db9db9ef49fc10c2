package app.quad.identity.internal;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a file is, from its first bytes (Tika's magic numbers) alone. No file name or claimed type
 * is given to Tika, so a renamed file is recognised for what it is.
 */
final class ContentTypes {

    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType JPEG = MediaType.image("jpeg");
    static final MediaType PNG = MediaType.image("png");

    /** How the image types people are likely to try are named in messages. */
    private static final Map<String, String> IMAGE_NAMES = Map.ofEntries(
            Map.entry("gif", "a GIF image"),
            Map.entry("webp", "a WebP image"),
            Map.entry("svg+xml", "an SVG drawing"),
            Map.entry("heic", "a HEIC photo"),
            Map.entry("heif", "a HEIF photo"),
            Map.entry("avif", "an AVIF image"),
            Map.entry("bmp", "a BMP image"),
            Map.entry("x-ms-bmp", "a BMP image"),
            Map.entry("tiff", "a TIFF image"),
            Map.entry("x-icon", "an icon"),
            Map.entry("vnd.microsoft.icon", "an icon"));

    private ContentTypes() {
    }

    static MediaType detect(Path file) throws IOException {
        // Without a resource name or content type in the metadata, Tika goes by the content only.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MimeTypes.getDefaultMimeTypes().detect(in, new Metadata()).getBaseType();
        }
    }

    /** The type named for people, e.g. "a GIF image"; null for anything that is not an image. */
    static String imageName(MediaType type) {
        if (!"image".equals(type.getType())) {
            return null;
        }
        return IMAGE_NAMES.getOrDefault(type.getSubtype(), "an image of a kind Quad does not take");
    }
}
