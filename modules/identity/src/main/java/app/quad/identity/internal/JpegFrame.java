package app.quad.identity.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads how many colour components a JPEG has from its frame header, skipping the segments before
 * it however large they are (colour profiles of print files fill several). Four means CMYK or
 * YCCK, as print files use.
 */
final class JpegFrame {

    static final int CMYK_COMPONENTS = 4;

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;

    private JpegFrame() {
    }

    /** The number of components the frame header declares, or -1 when there is no readable one. */
    static int components(InputStream content) throws IOException {
        DataInputStream in = new DataInputStream(content);
        try {
            if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
                return -1;
            }
            while (true) {
                int marker = nextMarker(in);
                if (marker < 0 || marker == SOS || marker == EOI) {
                    return -1;
                }
                if (standalone(marker)) {
                    continue;
                }
                int length = in.readUnsignedShort();
                if (length < 2) {
                    return -1;
                }
                if (startOfFrame(marker)) {
                    // precision (1 byte), lines (2), samples per line (2), then the component count
                    in.skipNBytes(5);
                    return in.readUnsignedByte();
                }
                in.skipNBytes(length - 2L);
            }
        } catch (EOFException e) {
            return -1;
        }
    }

    /** The next marker, or -1 when something else stands where a marker must. */
    private static int nextMarker(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xFF) {
            return -1;
        }
        int marker;
        do {
            // Any number of 0xFF may pad before a marker.
            marker = in.readUnsignedByte();
        } while (marker == 0xFF);
        return marker;
    }

    private static boolean standalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    /** SOF0–SOF15, leaving out DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean startOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
