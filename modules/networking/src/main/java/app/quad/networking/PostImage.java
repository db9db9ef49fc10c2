package app.quad.networking;

import java.io.InputStream;

/**
 * An image to put in a new post, as uploaded: checked and redrawn by identity's uploads (JPEG or
 * PNG, at most 2 MB), with the author's description for people who cannot see it.
 */
public record PostImage(String fileName, InputStream content, String description) {
}
