package app.quad.identity.internal;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How much a PDF's Flate-compressed streams unpack to, found by unpacking them without keeping
 * the output. PDFBox unpacks object streams in memory, and Flate packs a thousand to one, so a
 * few megabytes could otherwise fill the server's memory. Streams compressed otherwise (LZW, run
 * length) or Flate behind another filter are not measured.
 */
final class PdfStreams {

    private static final byte[] STREAM = PdfCheck.ascii("stream");
    private static final byte[] END = PdfCheck.ascii("end");

    private PdfStreams() {
    }

    /** The unpacked size of all Flate streams, counted up to just past the limit. */
    static long unpackedSize(byte[] pdf, long limit) {
        long total = 0;
        int from = 0;
        while (total <= limit) {
            int keyword = indexOf(pdf, STREAM, from);
            if (keyword < 0) {
                break;
            }
            from = keyword + STREAM.length;
            boolean endKeyword = PdfCheck.regionMatches(pdf, keyword - END.length, END);
            int data = dataStart(pdf, from);
            if (!endKeyword && data > 0) {
                total += inflatedSize(pdf, data, limit - total + 1);
            }
        }
        return total;
    }

    /** Where the data of a stream begins: after the end of line that must follow the keyword; -1 if none does. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        if (afterKeyword < pdf.length && pdf[afterKeyword] == '\n') {
            return afterKeyword + 1;
        }
        if (afterKeyword + 1 < pdf.length && pdf[afterKeyword] == '\r' && pdf[afterKeyword + 1] == '\n') {
            return afterKeyword + 2;
        }
        return -1;
    }

    private static long inflatedSize(byte[] pdf, int offset, long limit) {
        Inflater inflater = new Inflater();
        byte[] out = new byte[64 * 1024];
        long size = 0;
        try {
            inflater.setInput(pdf, offset, pdf.length - offset);
            while (size < limit && !inflater.finished()) {
                int n = inflater.inflate(out);
                if (n == 0) {
                    break;
                }
                size += n;
            }
        } catch (DataFormatException e) {
            // Not Flate, or damaged: what came out so far is what a parser would get.
        } finally {
            inflater.end();
        }
        return size;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (PdfCheck.regionMatches(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }
}
