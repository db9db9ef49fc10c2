package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static app.quad.identity.internal.SampleFiles.ascii;
import static app.quad.identity.internal.SampleFiles.concat;
import static app.quad.identity.internal.SampleFiles.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JpegFrameTest {

    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8};

    @Test
    void readsTheComponentsOfRealJpegs() throws IOException {
        assertEquals(3, components(SampleFiles.jpeg(40, 30)));
        assertEquals(3, components(SampleFiles.jpegWithExif(40, 30, ExifOrientation.NORMAL)));
        assertEquals(4, components(SampleFiles.cmykJpeg(40, 30, false)));
        assertEquals(4, components(SampleFiles.cmykJpeg(40, 30, true)));
    }

    @Test
    void findsTheFrameBehindColourProfilesOfAnySize() throws IOException {
        byte[] profileParts = concat(app2(65_000), app2(65_000), app2(65_000), app2(10_000));
        assertEquals(4, components(concat(SOI, SampleFiles.adobeSegment(2), profileParts, frame(0xC0, 4))));
        assertEquals(4, components(concat(SOI, profileParts, frame(0xC2, 4))), "progressive");
        assertEquals(1, components(concat(SOI, new byte[] {(byte) 0xFF, (byte) 0xFF}, frame(0xC1, 1))), "after fill bytes");
    }

    @Test
    void tablesThatShareTheRangeOfFrameMarkersAreNotFrames() throws IOException {
        byte[] huffmanTable = {(byte) 0xFF, (byte) 0xC4, 0, 6, 4, 4, 4, 4};
        assertEquals(3, components(concat(SOI, huffmanTable, frame(0xC0, 3))));
    }

    @Test
    void anythingWithoutAReadableFrameHasNone() throws IOException {
        byte[] cmyk = concat(SOI, app2(1000), frame(0xC0, 4));
        assertEquals(-1, components(ascii("GIF89a")));
        assertEquals(-1, components(new byte[0]));
        assertEquals(-1, components(slice(cmyk, 0, 500)), "cut off in a segment");
        assertEquals(-1, components(slice(cmyk, 0, cmyk.length - frame(0xC0, 4).length + 9)), "cut off before the count");
        assertEquals(-1, components(concat(SOI, new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2}, frame(0xC0, 4))), "scan first");
        assertEquals(-1, components(concat(SOI, ascii("garbage"), frame(0xC0, 4))));
        assertEquals(-1, components(concat(SOI, new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 1})), "impossible length");
    }

    private static int components(byte[] data) throws IOException {
        return JpegFrame.components(new ByteArrayInputStream(data));
    }

    /** An APP2 segment of the given total length, as one part of a colour profile. */
    private static byte[] app2(int length) {
        byte[] segment = new byte[length + 2];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE2;
        segment[2] = (byte) (length >> 8);
        segment[3] = (byte) length;
        return segment;
    }

    /** A frame header: 8-bit samples, 48 × 64 pixels, the given number of components. */
    private static byte[] frame(int marker, int components) {
        byte[] header = new byte[2 + 8 + 3 * components];
        header[0] = (byte) 0xFF;
        header[1] = (byte) marker;
        header[3] = (byte) (8 + 3 * components);
        header[4] = 8;
        header[6] = 48;
        header[8] = 64;
        header[9] = (byte) components;
        return header;
    }
}
