package app.quad.identity.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Resizing for photos. Shrinking is done by halves with bilinear filtering, which stays sharp
 * without the shimmer of shrinking a large photo in one step.
 */
final class Scaling {

    private Scaling() {
    }

    /** The image with its long side at most {@code max} pixels; a smaller image is returned as it is. */
    static BufferedImage fit(BufferedImage image, int max) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= max) {
            return image;
        }
        double factor = (double) max / longSide;
        return resize(image, Math.max(1, (int) Math.round(image.getWidth() * factor)),
                Math.max(1, (int) Math.round(image.getHeight() * factor)));
    }

    /** A square of {@code side} pixels: the largest centred square of the image, resized. */
    static BufferedImage square(BufferedImage image, int side) {
        int crop = Math.min(image.getWidth(), image.getHeight());
        BufferedImage centre = image.getSubimage((image.getWidth() - crop) / 2, (image.getHeight() - crop) / 2, crop, crop);
        return resize(centre, side, side);
    }

    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        do {
            int w = current.getWidth() / 2 >= width ? current.getWidth() / 2 : width;
            int h = current.getHeight() / 2 >= height ? current.getHeight() / 2 : height;
            current = draw(current, w, h);
        } while (current.getWidth() != width || current.getHeight() != height);
        return current;
    }

    /** A copy in a plain RGB, or with transparency ARGB, layout: decoders return many layouts. */
    static BufferedImage plain(BufferedImage image, boolean keepTransparency) {
        boolean transparent = keepTransparency && image.getColorModel().hasAlpha();
        int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            if (!transparent) {
                // Transparent parts of a PNG become white, not black, when the output has no transparency.
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage resized = new BufferedImage(width, height, type);
        Graphics2D g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return resized;
    }
}
