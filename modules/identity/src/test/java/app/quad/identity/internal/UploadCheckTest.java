package app.quad.identity.internal;

import app.quad.identity.UploadKind;
import app.quad.identity.UploadVariant;
import app.quad.platform.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static app.quad.identity.internal.SampleFiles.ascii;
import static app.quad.identity.internal.SampleFiles.concat;
import static app.quad.identity.internal.SampleFiles.contains;
import static app.quad.identity.internal.SampleFiles.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files are accepted as résumés and photos, judged by content alone, and what is kept of them. */
class UploadCheckTest {

    private static final String NOT_A_PDF = "This file is not a PDF. Save your résumé as a PDF and upload that.";
    private static final String NOT_AN_IMAGE = "This file is not an image. Use a JPEG or PNG photo.";
    private static final String DAMAGED_PHOTO = "The photo could not be read: it is damaged or incomplete."
            + " Save it again as JPEG or PNG and upload the new file.";

    @TempDir
    Path folder;

    @AfterEach
    void nothingIsLeftBehindButWhatWasAccepted() throws IOException {
        try (Stream<Path> left = Files.list(folder)) {
            assertTrue(left.allMatch(file -> file.getFileName().toString().startsWith("kept-")),
                    "temporary files left in the folder");
        }
    }

    // --- résumés ------------------------------------------------------------------------------

    @Test
    void aPdfIsKeptAsUploaded() throws IOException {
        byte[] pdf = SampleFiles.pdf();
        CheckedUpload accepted = check(UploadKind.RESUME, pdf);
        assertEquals("application/pdf", accepted.contentType());
        assertEquals(pdf.length, accepted.size());
        assertEquals(java.util.Set.of(UploadVariant.ORIGINAL), accepted.files().keySet());
        assertArrayEquals(pdf, keep(accepted, UploadVariant.ORIGINAL));
    }

    @Test
    void aPdfWithLinksToWebPagesIsFine() throws IOException {
        assertEquals("application/pdf", keepAll(check(UploadKind.RESUME, SampleFiles.pdfWithWebLink())));
    }

    @Test
    void aTruncatedPdfIsRefusedAsIncomplete() {
        byte[] pdf = SampleFiles.pdf();
        assertEquals("The PDF is incomplete: it may have been cut off while it was downloaded or copied."
                + " Save or export it again as PDF and upload the new file.",
                refused(UploadKind.RESUME, slice(pdf, 0, pdf.length * 2 / 3)));
    }

    @Test
    void aFileThatStartsAndEndsLikeAPdfButDoesNotParseIsRefusedAsDamaged() {
        byte[] fake = ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage without structure\n%%EOF\n");
        assertEquals("The PDF could not be read: it is damaged. Save or export it again as PDF and upload the new file.",
                refused(UploadKind.RESUME, fake));
    }

    @Test
    void pdfsWithJavaScriptLaunchActionsOrAttachmentsAreRefused() {
        String again = " Print or export your résumé to a new PDF (for example with \u201cSave as PDF\u201d) and upload that.";
        assertEquals(PdfFeatures.SCRIPT + again, refused(UploadKind.RESUME, SampleFiles.pdfWithJavaScript()));
        assertEquals(PdfFeatures.ACTION + again, refused(UploadKind.RESUME, SampleFiles.pdfWithLaunchAction()));
        assertEquals(PdfFeatures.ATTACHMENT + again, refused(UploadKind.RESUME, SampleFiles.pdfWithAttachment()));
    }

    @Test
    void encryptedPdfsAreRefusedWithOrWithoutAPasswordToOpenThem() {
        String message = "The PDF is protected with a password or encrypted. Save a copy without protection and upload that.";
        assertEquals(message, refused(UploadKind.RESUME, SampleFiles.encryptedPdf("")));
        assertEquals(message, refused(UploadKind.RESUME, SampleFiles.encryptedPdf("open sesame")));
    }

    @Test
    void aRenamedProgramZipOrHtmlIsNotAPdfWhateverItsName() {
        assertEquals(NOT_A_PDF, refused(UploadKind.RESUME, SampleFiles.exe()));
        assertEquals(NOT_A_PDF, refused(UploadKind.RESUME, SampleFiles.zip()));
        assertEquals(NOT_A_PDF, refused(UploadKind.RESUME, SampleFiles.html()));
        assertEquals(NOT_A_PDF, refused(UploadKind.RESUME, SampleFiles.jpeg(50, 50)));
    }

    @Test
    void htmlWithAPdfInsideIsNotAPdf() {
        byte[] polyglot = concat(ascii("<html><body><script>alert(1)</script><!--\n"), SampleFiles.pdf(), ascii("\n--></body></html>"));
        assertEquals(NOT_A_PDF, refused(UploadKind.RESUME, polyglot));
    }

    @Test
    void aPdfCarryingSomethingAfterItsEndIsRefused() {
        assertEquals("The file has other data after the end of the PDF. Save or export it again as PDF and upload the new file.",
                refused(UploadKind.RESUME, concat(SampleFiles.pdf(), SampleFiles.html())));
        assertEquals("The file has other data after the end of the PDF. Save or export it again as PDF and upload the new file.",
                refused(UploadKind.RESUME, concat(SampleFiles.pdf(), SampleFiles.zip())));
    }

    @Test
    void aPdfThatIsAlsoAZipArchiveIsRefused() {
        // The ZIP's end record inside the PDF, before its end-of-file marker, where ZIP tools still find it.
        byte[] pdf = SampleFiles.pdf();
        int end = PdfCheck.lastIndexOf(pdf, ascii("%%EOF"), 0);
        byte[] polyglot = concat(slice(pdf, 0, end), ascii("%"), SampleFiles.zip(), ascii("\n"), slice(pdf, end, pdf.length));
        assertEquals("The PDF is also a ZIP archive. Save or export it again as PDF and upload the new file.",
                refused(UploadKind.RESUME, polyglot));
    }

    @Test
    void aPdfThatUnpacksToMoreThanTheLimitIsRefusedBeforeItIsParsed() {
        byte[] bomb = SampleFiles.pdfUnpackingTo((PdfCheck.MAX_UNPACKED_MB + 1) * 1024L * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        assertTrue(refused(UploadKind.RESUME, bomb).startsWith("The PDF unpacks to more than 100 MB"));
    }

    @Test
    void aResumeOfMoreThanFiveMegabytesIsRefusedAfterReadingOneByteMore() {
        assertEquals("The file is larger than 5 MB.",
                refused(UploadKind.RESUME, concat(SampleFiles.pdf(), new byte[5 * 1024 * 1024])));
        Endless endless = new Endless();
        assertEquals("The file is larger than 5 MB.", assertThrows(Rejection.class,
                () -> new UploadCheck(folder).check(UploadKind.RESUME, endless)).getMessage());
        assertEquals(5L * 1024 * 1024 + 1, endless.read);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("The file is empty.", refused(UploadKind.RESUME, new byte[0]));
        assertEquals("The file is empty.", refused(UploadKind.PHOTO, new byte[0]));
    }

    // --- photos -------------------------------------------------------------------------------

    @Test
    void aJpegIsReEncodedInTwoSizesWithoutItsExifGpsOrAnythingAppended() throws IOException {
        byte[] camera = concat(SampleFiles.jpegWithExif(1200, 900, ExifOrientation.NORMAL), SampleFiles.zip(), SampleFiles.html());
        assertTrue(contains(camera, "Exif") && contains(camera, SampleFiles.GPS_SECRET) && contains(camera, "PK\u0003\u0004"));

        CheckedUpload accepted = check(UploadKind.PHOTO, camera);

        assertEquals("image/jpeg", accepted.contentType());
        assertEquals(camera.length, accepted.size());
        byte[] display = keep(accepted, UploadVariant.DISPLAY);
        byte[] thumbnail = keep(accepted, UploadVariant.THUMBNAIL);
        for (byte[] kept : new byte[][] {display, thumbnail}) {
            for (String trace : new String[] {"Exif", "GPS", "52.3731", "PK\u0003\u0004", "payload", "<script", "html"}) {
                assertFalse(contains(kept, trace), "the kept photo contains " + trace);
            }
        }
        assertSize(800, 600, display);
        assertSize(160, 160, thumbnail);
        assertEquals("JPEG", formatOf(display));
    }

    @Test
    void aPngStaysAPngAndKeepsItsTransparency() throws IOException {
        CheckedUpload accepted = check(UploadKind.PHOTO, SampleFiles.png(300, 200, true));
        assertEquals("image/png", accepted.contentType());
        byte[] display = keep(accepted, UploadVariant.DISPLAY);
        keep(accepted, UploadVariant.THUMBNAIL);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(display));
        assertSize(300, 200, display);
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals("png", formatOf(display).toLowerCase());
    }

    @Test
    void aPortraitTakenWithThePhoneTurnedIsStoredUpright() throws IOException {
        // Stored 1000 wide and 500 high, to be turned a quarter clockwise for viewing.
        CheckedUpload accepted = check(UploadKind.PHOTO, SampleFiles.jpegWithExif(1000, 500, 6));
        byte[] display = keep(accepted, UploadVariant.DISPLAY);
        keep(accepted, UploadVariant.THUMBNAIL);
        assertSize(400, 800, display);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(display));
        // The red corner, top left as stored, is top right once turned.
        assertTrue(isRed(upright.getRGB(upright.getWidth() - 20, 20)), "red corner at the top right");
        assertFalse(isRed(upright.getRGB(20, 20)));
    }

    @Test
    void otherImageTypesAreNamedAndRefused() {
        assertEquals("This is an SVG drawing. Use a JPEG or PNG photo.", refused(UploadKind.PHOTO, SampleFiles.svg()));
        assertEquals("This is a GIF image. Use a JPEG or PNG photo.", refused(UploadKind.PHOTO, SampleFiles.gif(40, 40)));
        byte[] webp = concat(ascii("RIFF"), new byte[] {36, 0, 0, 0}, ascii("WEBPVP8 "), new byte[40]);
        assertEquals("This is a WebP image. Use a JPEG or PNG photo.", refused(UploadKind.PHOTO, webp));
        byte[] heic = concat(new byte[] {0, 0, 0, 24}, ascii("ftypheic"), new byte[] {0, 0, 0, 0}, ascii("mif1heic"), new byte[40]);
        assertEquals("This is a HEIC photo. Use a JPEG or PNG photo.", refused(UploadKind.PHOTO, heic));
    }

    @Test
    void programsArchivesPagesAndPdfsAreNotPhotos() {
        assertEquals(NOT_AN_IMAGE, refused(UploadKind.PHOTO, SampleFiles.exe()));
        assertEquals(NOT_AN_IMAGE, refused(UploadKind.PHOTO, SampleFiles.zip()));
        assertEquals(NOT_AN_IMAGE, refused(UploadKind.PHOTO, SampleFiles.html()));
        assertEquals(NOT_AN_IMAGE, refused(UploadKind.PHOTO, SampleFiles.pdf()));
        assertEquals(NOT_AN_IMAGE, refused(UploadKind.PHOTO, ascii("just some text that someone named photo.png\n")));
    }

    @Test
    void aPngClaimingAHugePictureIsRefusedBeforeDecoding() {
        byte[] bomb = SampleFiles.pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 1000);
        assertEquals("The photo is 100,000 \u00d7 100,000 pixels; Quad takes photos of at most 40 megapixels."
                + " Use a smaller copy of the photo.", refused(UploadKind.PHOTO, bomb));
    }

    @Test
    void truncatedPhotosAreRefusedAsDamaged() {
        byte[] jpeg = SampleFiles.jpeg(600, 400);
        byte[] png = SampleFiles.png(600, 400, false);
        assertEquals(DAMAGED_PHOTO, refused(UploadKind.PHOTO, slice(jpeg, 0, jpeg.length / 2)));
        assertEquals(DAMAGED_PHOTO, refused(UploadKind.PHOTO, slice(png, 0, png.length / 2)));
        assertEquals(DAMAGED_PHOTO, refused(UploadKind.PHOTO, slice(jpeg, 0, 12)));
    }

    @Test
    void cmykAndYcckJpegsAsPrintFilesHaveThemAreKeptAsOrdinaryRgbJpegs() throws IOException {
        for (boolean ycck : new boolean[] {false, true}) {
            byte[] print = SampleFiles.cmykJpeg(1000, 500, ycck);
            assertEquals(JpegFrame.CMYK_COMPONENTS, JpegFrame.components(new ByteArrayInputStream(print)));

            CheckedUpload accepted = check(UploadKind.PHOTO, print);
            byte[] display = keep(accepted, UploadVariant.DISPLAY);
            accepted.discard();

            assertEquals(3, JpegFrame.components(new ByteArrayInputStream(display)), "the kept photo is RGB");
            assertFalse(contains(display, "Adobe"));
            BufferedImage kept = ImageIO.read(new ByteArrayInputStream(display));
            assertEquals("800x400", kept.getWidth() + "x" + kept.getHeight());
            assertTrue(isCyan(kept.getRGB(100, 200)), (ycck ? "YCCK" : "CMYK") + " cyan became " + Integer.toHexString(kept.getRGB(100, 200)));
            assertTrue(isRed(kept.getRGB(700, 200)), (ycck ? "YCCK" : "CMYK") + " red became " + Integer.toHexString(kept.getRGB(700, 200)));
        }
    }

    @Test
    void aCmykJpegTheDecoderCannotTakeIsNamedAsCmykNotAsDamaged() {
        byte[] print = SampleFiles.cmykJpeg(200, 100, false);
        // Adobe's marker saying YCbCr for four components: the JDK has no way to show that.
        byte[] claimsYCbCr = concat(slice(print, 0, 2), SampleFiles.adobeSegment(1), slice(print, 18, print.length));
        byte[] brokenProfile = concat(slice(print, 0, 2), iccSegment(new byte[300]), slice(print, 2, print.length));
        assertEquals(PhotoVariants.CMYK, refused(UploadKind.PHOTO, claimsYCbCr));
        assertEquals(PhotoVariants.CMYK, refused(UploadKind.PHOTO, brokenProfile));
        assertEquals(PhotoVariants.CMYK, refused(UploadKind.PHOTO, slice(print, 0, print.length / 2)));
        assertEquals("This photo uses CMYK colours, as print files do. Save it as an ordinary RGB JPEG or PNG and"
                + " upload it again.", PhotoVariants.CMYK);
    }

    @Test
    void aPhotoOfMoreThanTwoMegabytesIsRefused() {
        assertEquals("The file is larger than 2 MB.",
                refused(UploadKind.PHOTO, concat(SampleFiles.jpeg(100, 100), new byte[2 * 1024 * 1024])));
    }

    // --- helpers ------------------------------------------------------------------------------

    private CheckedUpload check(UploadKind kind, byte[] content) {
        return new UploadCheck(folder).check(kind, new ByteArrayInputStream(content));
    }

    private String refused(UploadKind kind, byte[] content) {
        Rejection rejection = assertThrows(Rejection.class, () -> check(kind, content));
        assertEquals("file", rejection.field());
        return rejection.getMessage();
    }

    /** Reads one of the accepted files and renames it so the folder check knows it was kept on purpose. */
    private byte[] keep(CheckedUpload accepted, UploadVariant variant) throws IOException {
        Path file = accepted.files().get(variant);
        byte[] bytes = Files.readAllBytes(file);
        Files.move(file, folder.resolve("kept-" + variant + "-" + file.getFileName()));
        return bytes;
    }

    private String keepAll(CheckedUpload accepted) throws IOException {
        for (UploadVariant variant : accepted.files().keySet()) {
            keep(accepted, variant);
        }
        return accepted.contentType();
    }

    private static void assertSize(int width, int height, byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        assertEquals(width + "x" + height, decoded.getWidth() + "x" + decoded.getHeight());
    }

    private static String formatOf(byte[] image) throws IOException {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            return ImageIO.getImageReaders(in).next().getFormatName();
        }
    }

    private static boolean isCyan(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r < 60 && g > 200 && b > 200;
    }

    /** APP2 "ICC_PROFILE", part 1 of 1, holding the given bytes as the colour profile. */
    private static byte[] iccSegment(byte[] profile) {
        byte[] name = ascii("ICC_PROFILE\0");
        int length = 2 + name.length + 2 + profile.length;
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length}, name, new byte[] {1, 1}, profile);
    }

    private static boolean isRed(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }

    /** A stream that never ends, counting what was read from it. */
    private static final class Endless extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
