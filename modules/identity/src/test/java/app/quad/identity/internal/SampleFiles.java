package app.quad.identity.internal;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for the upload tests, made in the test: no binary is kept in the repository. */
final class SampleFiles {

    static final String GPS_SECRET = "GPS 52.3731N 4.8922E";

    private SampleFiles() {
    }

    // --- images -------------------------------------------------------------------------------

    /** A picture with a gradient and a red square in its top left corner, so turns can be seen. */
    static BufferedImage picture(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 200, transparent ? 120 : 255), width, height, Color.YELLOW));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    static byte[] png(int width, int height, boolean transparent) {
        return encode(picture(width, height, transparent), "png");
    }

    static byte[] gif(int width, int height) {
        return encode(picture(width, height, false), "gif");
    }

    /**
     * A JPEG as print files are: four components and Adobe's marker, the left half cyan ink and
     * the right half magenta and yellow (red). With {@code ycck} the colours are stored as YCCK,
     * as Photoshop does, otherwise as plain CMYK; both inverted, as Adobe's marker implies.
     *
     * <p>The JDK writes a four-band raster as it is, without converting or marking it, so the
     * conversion is done here and the marker added afterwards.
     */
    static byte[] cmykJpeg(int width, int height, boolean ycck) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = x < width / 2 ? new int[] {255, 0, 0, 0} : new int[] {0, 255, 255, 0};
                raster.setPixel(x, y, ycck ? ycck(ink) : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] plain = out.toByteArray();
        return concat(slice(plain, 0, 2), adobeSegment(ycck ? 2 : 0), slice(plain, 2, plain.length));
    }

    /** APP14 "Adobe": version 100, no flags, and the transform (0 CMYK, 1 YCbCr, 2 YCCK). */
    static byte[] adobeSegment(int transform) {
        return new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
    }

    /** What libjpeg stores for inverted CMYK: the YCbCr of the inks as if they were RGB, and the black inverted. */
    private static int[] ycck(int[] ink) {
        double c = ink[0];
        double m = ink[1];
        double y = ink[2];
        return new int[] {
                clamp(0.299 * c + 0.587 * m + 0.114 * y),
                clamp(128 - 0.168736 * c - 0.331264 * m + 0.5 * y),
                clamp(128 + 0.5 * c - 0.418688 * m - 0.081312 * y),
                255 - ink[3]};
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /**
     * A JPEG as a camera writes it: an EXIF segment right after the start, here with an
     * orientation and a GPS directory holding a position, in place of the JFIF segment.
     */
    static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        int app0Length = ((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF);
        int rest = 4 + app0Length;
        byte[] exif = exifSegment(orientation);
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, exif, slice(plain, rest, plain.length));
    }

    /** APP1 "Exif": a big-endian TIFF structure with IFD0 (orientation, GPS pointer) and a GPS IFD. */
    private static byte[] exifSegment(int orientation) {
        byte[] secret = (GPS_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, then the offset of the next IFD (none).
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: latitude reference and a processing-method text that holds the position.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x001B).putShort((short) 7).putInt(secret.length).putInt(68);
        tiff.putInt(0);
        tiff.put(secret);
        byte[] body = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), slice(tiff.array(), 0, tiff.position()));
        int length = body.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, body);
    }

    /**
     * A PNG that claims the given size with almost no data: a decoder that trusted it would try to
     * allocate width × height pixels.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data)) {
            deflate.write(new byte[4096]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    // --- PDFs ---------------------------------------------------------------------------------

    static byte[] pdf() {
        return pdf(document -> { });
    }

    /** A one-page résumé, changed by the given step before it is saved. */
    static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 760);
                text.showText("Ada Okafor - Curriculum vitae");
                text.endText();
            }
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdfWithJavaScript() {
        return pdf(document -> document.getDocumentCatalog().setOpenAction(
                new PDActionJavaScript("app.alert('hello from the resume');")));
    }

    static byte[] pdfWithLaunchAction() {
        return pdf(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            document.getDocumentCatalog().setOpenAction(launch);
        });
    }

    static byte[] pdfWithAttachment() {
        return pdf(document -> {
            try {
                PDComplexFileSpecification file = new PDComplexFileSpecification();
                file.setFile("payload.exe");
                file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(exe())));
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("payload.exe", file));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] pdfWithWebLink() {
        return pdf(document -> {
            try {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(72, 700, 200, 20));
                PDActionURI uri = new PDActionURI();
                uri.setURI("https://www.example.org/ada");
                link.setAction(uri);
                document.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] encryptedPdf(String userPassword) {
        return pdf(document -> {
            try {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A PDF whose one content stream unpacks from a few hundred kilobytes to the given size of zeros. */
    static byte[] pdfUnpackingTo(long bytes) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.length) {
                deflate.write(zeros, 0, (int) Math.min(zeros.length, bytes - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf(document -> {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(packed.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            document.getPage(0).setContents(List.of(document.getPage(0).getContentStreams().next(), new PDStream(stream)));
        });
    }

    // --- other files --------------------------------------------------------------------------

    /** The start of a Windows program: the MZ header and the DOS stub's message. */
    static byte[] exe() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.txt"));
            zip.write("hidden payload".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] svg() {
        return ascii("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <script>alert(document.cookie)</script>
                  <circle cx="50" cy="50" r="40" fill="red"/>
                </svg>
                """);
    }

    static byte[] html() {
        return ascii("""
                <!DOCTYPE html>
                <html><head><title>CV</title></head>
                <body><script>fetch('/identity/account/password.xhtml')</script></body></html>
                """);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] slice(byte[] data, int from, int to) {
        return java.util.Arrays.copyOfRange(data, from, to);
    }

    /** Whether the pattern occurs anywhere in the data. */
    static boolean contains(byte[] data, String pattern) {
        return PdfCheck.lastIndexOf(data, pattern.getBytes(StandardCharsets.ISO_8859_1), 0) >= 0;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
