package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExifOrientationTest {

    /**
     * A 3 × 2 picture of numbered pixels, stored as a camera held in each orientation would store
     * it; every orientation must give back the same upright picture.
     */
    private static final int[][] UPRIGHT = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void everyOrientationIsTurnedUpright() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage stored = asStored(orientation);
            BufferedImage turned = ExifOrientation.apply(stored, orientation);
            assertEquals(3, turned.getWidth(), "width for orientation " + orientation);
            assertEquals(2, turned.getHeight(), "height for orientation " + orientation);
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    assertEquals(UPRIGHT[y][x], turned.getRGB(x, y) & 0xFF, "orientation " + orientation + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theOrientationIsReadFromTheExifSegmentInEitherByteOrder() {
        assertEquals(6, ExifOrientation.of(SampleFiles.jpegWithExif(20, 10, 6)));
        assertEquals(3, ExifOrientation.of(SampleFiles.jpegWithExif(20, 10, 3)));
        byte[] littleEndian = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 34,
                'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0,
                1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xDA};
        assertEquals(8, ExifOrientation.of(littleEndian));
    }

    @Test
    void missingOrBrokenExifMeansUpright() {
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(SampleFiles.jpeg(20, 10)));
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(SampleFiles.png(20, 10, false)));
        byte[] cut = SampleFiles.slice(SampleFiles.jpegWithExif(20, 10, 6), 0, 30);
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(cut));
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(new byte[0]));
    }

    /** The upright picture as stored under the orientation: the inverse of the turn the tag asks for. */
    private static BufferedImage asStored(int orientation) {
        boolean swapped = orientation >= 5;
        BufferedImage stored = new BufferedImage(swapped ? 2 : 3, swapped ? 3 : 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                int[] at = storedPosition(orientation, x, y);
                stored.setRGB(at[0], at[1], UPRIGHT[y][x]);
            }
        }
        return stored;
    }

    /** Where the upright pixel (x, y) of a 3 × 2 picture lies in the stored one. */
    private static int[] storedPosition(int orientation, int x, int y) {
        return switch (orientation) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {2 - x, y};
            case 3 -> new int[] {2 - x, 1 - y};
            case 4 -> new int[] {x, 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {y, 2 - x};
            case 7 -> new int[] {1 - y, 2 - x};
            case 8 -> new int[] {1 - y, x};
            default -> throw new IllegalArgumentException();
        };
    }
}
