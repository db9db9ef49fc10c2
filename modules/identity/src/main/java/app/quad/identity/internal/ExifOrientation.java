package app.quad.identity.internal;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG: cameras store pictures as the sensor saw them and note how to
 * turn them for viewing. The re-encoded photo drops EXIF, so the turn is applied to the pixels,
 * or a portrait taken with a phone would show on its side.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    /**
     * The orientation (1 to 8) noted in the first EXIF segment of the JPEG's start, or
     * {@link #NORMAL} when there is none or it cannot be read.
     */
    static int of(byte[] jpegStart) {
        try {
            return read(jpegStart);
        } catch (IndexOutOfBoundsException e) {
            return NORMAL;
        }
    }

    private static int read(byte[] jpeg) {
        if (u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
            return NORMAL;
        }
        int at = 2;
        while (true) {
            if (u8(jpeg, at) != 0xFF) {
                return NORMAL;
            }
            int marker = u8(jpeg, at + 1);
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return NORMAL;
            }
            int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
            int data = at + 4;
            if (marker == 0xE1 && length >= 8 && isExifHeader(jpeg, data)) {
                return fromTiff(jpeg, data + 6, data + length - 2);
            }
            at = at + 2 + length;
        }
    }

    private static boolean isExifHeader(byte[] jpeg, int at) {
        return u8(jpeg, at) == 'E' && u8(jpeg, at + 1) == 'x' && u8(jpeg, at + 2) == 'i' && u8(jpeg, at + 3) == 'f'
                && u8(jpeg, at + 4) == 0 && u8(jpeg, at + 5) == 0;
    }

    /** Reads the orientation tag of the first image directory of the TIFF structure inside the segment. */
    private static int fromTiff(byte[] jpeg, int tiff, int end) {
        boolean little = u8(jpeg, tiff) == 'I' && u8(jpeg, tiff + 1) == 'I';
        boolean big = u8(jpeg, tiff) == 'M' && u8(jpeg, tiff + 1) == 'M';
        if (!little && !big || u16(jpeg, tiff + 2, little) != 42) {
            return NORMAL;
        }
        long directory = tiff + u32(jpeg, tiff + 4, little);
        if (directory + 2 > end) {
            return NORMAL;
        }
        int entries = u16(jpeg, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(jpeg, entry, little) == ORIENTATION_TAG && u16(jpeg, entry + 2, little) == SHORT) {
                int value = u16(jpeg, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image turned and mirrored as the orientation says it should be viewed. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        double w = image.getWidth();
        double h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean swapped = orientation >= 5;
        BufferedImage turned = new BufferedImage(swapped ? image.getHeight() : image.getWidth(),
                swapped ? image.getWidth() : image.getHeight(), image.getType());
        return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, turned);
    }

    private static int u8(byte[] data, int at) {
        return data[at] & 0xFF;
    }

    private static int u16(byte[] data, int at, boolean little) {
        return little ? u8(data, at) | u8(data, at + 1) << 8 : u8(data, at) << 8 | u8(data, at + 1);
    }

    private static long u32(byte[] data, int at, boolean little) {
        long value = little
                ? u8(data, at) | u8(data, at + 1) << 8 | u8(data, at + 2) << 16 | (long) u8(data, at + 3) << 24
                : (long) u8(data, at) << 24 | u8(data, at + 1) << 16 | u8(data, at + 2) << 8 | u8(data, at + 3);
        return value & 0xFFFFFFFFL;
    }
}
