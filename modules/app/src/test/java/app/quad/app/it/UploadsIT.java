package app.quad.app.it;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads on the real server: stored through the service (by the test-support servlet, until the
 * profile pages have forms), served by /files/… with their headers to those who may see them,
 * refused without changing anything, and kept under the configured folder with generated names.
 */
@ExtendWith(ArquillianExtension.class)
class UploadsIT {

    private static final String PASSWORD = "copper meadow lantern 58";
    private static final String CAMPUS = "campus.example.edu";
    private static final Pattern STORED_FILE = Pattern.compile("([0-9a-f]{2})/(\\1[0-9a-f]{30})-(original|display|thumbnail)\\.(pdf|jpg|png)");

    private static final Path UPLOADS = Path.of(System.getProperty("quad.test.uploads-dir"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @ArquillianResource
    URL deployed;

    private URL base;
    private String owner;
    private String other;

    @BeforeEach
    void setUp() {
        base = Deployments.onLoopback(deployed);
        new WebSession(base).post("/test-support/accounts", Map.of("campusDomain", CAMPUS));
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        owner = account("owner." + unique + "@" + CAMPUS, "STUDENT");
        other = account("other." + unique + "@" + CAMPUS, "ALUMNI");
    }

    @Test
    void aPhotoIsServedToItsOwnerReEncodedAndWithHeadersThatKeepItAnImage() throws IOException {
        byte[] camera = concat(jpegWithGps(1600, 1200), "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        long id = store(owner, "PHOTO", "me at the beach.jpg", camera);
        WebSession session = signedIn(owner);

        HttpResponse<byte[]> display = session.fetch("GET", "/files/" + id + "/display");
        assertEquals(200, display.statusCode());
        assertEquals("image/jpeg", header(display, "Content-Type"));
        assertEquals("inline; filename=\"me at the beach.jpg\"; filename*=UTF-8''me%20at%20the%20beach.jpg",
                header(display, "Content-Disposition"));
        assertEquals("nosniff", header(display, "X-Content-Type-Options"));
        assertEquals("default-src 'none'; sandbox", header(display, "Content-Security-Policy"));
        assertEquals(1, display.headers().allValues("Content-Security-Policy").size());
        assertEquals("private, max-age=300", header(display, "Cache-Control"));
        assertEquals("same-origin", header(display, "Cross-Origin-Resource-Policy"));
        assertEquals("800x600", size(display.body()));
        for (String trace : new String[] {"Exif", "GPS", "<script"}) {
            assertFalse(contains(display.body(), trace), "served photo contains " + trace);
        }

        HttpResponse<byte[]> thumbnail = session.fetch("GET", "/files/" + id + "/thumbnail");
        assertEquals("160x160", size(thumbnail.body()));
        assertEquals(404, session.fetch("GET", "/files/" + id + "/original").statusCode(), "the upload itself is not kept");

        String etag = header(display, "ETag");
        HttpResponse<byte[]> head = session.fetch("HEAD", "/files/" + id + "/display");
        assertEquals(200, head.statusCode());
        assertEquals(etag, header(head, "ETag"));
        assertEquals(0, head.body().length);
        HttpResponse<byte[]> unchanged = session.fetch("GET", "/files/" + id + "/display", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
    }

    @Test
    void aResumeIsDownloadedAsUploadedAsAnAttachmentWithASafeName() {
        byte[] pdf = pdf(document -> { });
        long id = store(owner, "RESUME", "Résumé \"Ada\".pdf", pdf);
        WebSession session = signedIn(owner);

        HttpResponse<byte[]> download = session.fetch("GET", "/files/" + id + "/original");
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", header(download, "Content-Type"));
        assertEquals(Integer.toString(pdf.length), header(download, "Content-Length"));
        assertEquals("attachment; filename=\"Resume _Ada.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%22Ada%22.pdf",
                header(download, "Content-Disposition"));
        assertEquals("nosniff", header(download, "X-Content-Type-Options"));
        assertEquals("default-src 'none'; sandbox", header(download, "Content-Security-Policy"));
        assertEquals("private, no-cache", header(download, "Cache-Control"));
        assertEquals(404, session.fetch("GET", "/files/" + id + "/display").statusCode(), "a PDF has no display size");
    }

    @Test
    void othersAndVisitorsGetNotFoundUntilAModuleLetsThemSeeTheUpload() {
        long id = store(owner, "PHOTO", "me.png", png(300, 300));
        String photo = "/files/" + id + "/display";
        WebSession someoneElse = signedIn(other);
        WebSession visitor = new WebSession(base);

        assertEquals(404, someoneElse.fetch("GET", photo).statusCode());
        assertEquals(404, someoneElse.fetch("HEAD", photo).statusCode());
        assertEquals(404, visitor.fetch("GET", photo).statusCode());
        WebSession self = signedIn(owner);
        for (String path : new String[] {"/files/" + (id + 1_000_000) + "/display", "/files/" + id + "/DISPLAY",
                "/files/" + id, "/files/0" + id + "/display", "/files/x/display", "/files/"}) {
            assertEquals(404, self.fetch("GET", path).statusCode(), path);
        }

        grant(id, other);
        assertEquals(200, someoneElse.fetch("GET", photo).statusCode());
        assertEquals("image/png", header(someoneElse.fetch("GET", photo), "Content-Type"));
        assertEquals(404, visitor.fetch("GET", photo).statusCode());

        grant(id, "everyone");
        assertEquals(200, visitor.fetch("GET", photo).statusCode());
    }

    @Test
    void aRefusedFileLeavesThePreviousUploadAsItWasAndNothingNewOnDisk() {
        long photo = store(owner, "PHOTO", "me.jpg", jpegWithGps(400, 400));
        WebSession session = signedIn(owner);
        byte[] served = session.fetch("GET", "/files/" + photo + "/display").body();
        Set<String> files = storedFiles();
        String rows = rows(owner);

        assertEquals("This is an SVG drawing. Use a JPEG or PNG photo.", refused(owner, "PHOTO", "photo.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        assertEquals("This file is not a PDF. Save your résumé as a PDF and upload that.", refused(owner, "RESUME", "résumé.pdf", program));
        assertEquals("The file is larger than 2 MB.", refused(owner, "PHOTO", "big.jpg", concat(jpegWithGps(100, 100), new byte[2 * 1024 * 1024])));
        assertTrue(refused(owner, "RESUME", "cv.pdf", pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert(1)")))).startsWith("The PDF contains JavaScript"));
        byte[] pdf = pdf(document -> { });
        assertTrue(refused(owner, "RESUME", "cv.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2)).startsWith("The PDF is incomplete"));

        assertEquals(files, storedFiles());
        assertEquals(rows, rows(owner));
        assertArrayEquals(served, session.fetch("GET", "/files/" + photo + "/display").body());
    }

    @Test
    void filesAreKeptUnderTheConfiguredFolderWithGeneratedNamesOnly() throws IOException {
        byte[] pdf = pdf(document -> { });
        store(owner, "RESUME", "Ada Okafor CV.pdf", pdf);
        store(owner, "PHOTO", "holiday.jpg", jpegWithGps(300, 200));

        Set<String> files = storedFiles();
        assertTrue(files.size() >= 3, files.toString());
        for (String file : files) {
            assertTrue(STORED_FILE.matcher(file).matches(), file);
        }
        boolean resumeFound = false;
        for (String file : files) {
            resumeFound |= java.util.Arrays.equals(pdf, Files.readAllBytes(UPLOADS.resolve(file)));
        }
        assertTrue(resumeFound, "the résumé is stored as uploaded under " + UPLOADS);
        try (Stream<Path> incoming = Files.list(UPLOADS.resolve("incoming"))) {
            assertEquals(0, incoming.count(), "no temporary files are left");
        }
    }

    @Test
    void anUploadWhoseTransactionRollsBackLeavesNoFileAndADeletedOneTakesItsFilesAlong() {
        Set<String> files = storedFiles();
        String rows = rows(owner);
        WebSession session = signedIn(owner);

        long rolledBack = Long.parseLong(new WebSession(base).postBytes(
                "/test-support/uploads?owner=" + encode(owner) + "&kind=RESUME&name=cv.pdf&rollback=true", pdf(document -> { })).body());
        assertEquals(404, session.fetch("GET", "/files/" + rolledBack + "/original").statusCode());
        assertEquals(files, storedFiles());
        assertEquals(rows, rows(owner));

        long photo = store(owner, "PHOTO", "me.jpg", jpegWithGps(300, 300));
        assertEquals(files.size() + 2, storedFiles().size());
        new WebSession(base).post("/test-support/uploads?delete=" + photo, Map.of());
        assertEquals(404, session.fetch("GET", "/files/" + photo + "/display").statusCode());
        assertEquals(files, storedFiles());
        assertEquals(rows, rows(owner));
    }

    @Test
    void theSweepRemovesOldFilesNoUploadRefersToAndNothingElse() throws IOException {
        long photo = store(owner, "PHOTO", "me.jpg", jpegWithGps(300, 300));
        long resume = store(owner, "RESUME", "cv.pdf", pdf(document -> { }));
        // Every real file looks old too, so only its row can be what keeps it.
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (String file : storedFiles()) {
            Files.setLastModifiedTime(UPLOADS.resolve(file), twoHoursAgo);
        }
        Path oldOrphan = stray("ee/ee" + "0".repeat(29) + "1-display.jpg", twoHoursAgo);
        Path oldOrphanThumbnail = stray("ee/ee" + "0".repeat(29) + "1-thumbnail.jpg", twoHoursAgo);
        Path freshOrphan = stray("ee/ee" + "0".repeat(29) + "2-original.pdf", FileTime.from(Instant.now()));
        Path oldTemporary = stray("incoming/upload-4711.part", twoHoursAgo);
        Path notOurs = stray("ee/notes.txt", twoHoursAgo);
        try {
            int removed = Integer.parseInt(new WebSession(base).post("/test-support/uploads?sweep=true", Map.of()).body());

            assertTrue(removed >= 3, "removed " + removed);
            assertFalse(Files.exists(oldOrphan));
            assertFalse(Files.exists(oldOrphanThumbnail));
            assertFalse(Files.exists(oldTemporary));
            assertTrue(Files.exists(freshOrphan), "a file younger than an hour may be an upload about to commit");
            assertTrue(Files.exists(notOurs), "names Quad does not give are left alone");
            WebSession session = signedIn(owner);
            assertEquals(200, session.fetch("GET", "/files/" + photo + "/display").statusCode());
            assertEquals(200, session.fetch("GET", "/files/" + photo + "/thumbnail").statusCode());
            assertEquals(200, session.fetch("GET", "/files/" + resume + "/original").statusCode());
        } finally {
            Files.deleteIfExists(freshOrphan);
            Files.deleteIfExists(notOurs);
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static Path stray(String name, FileTime modified) throws IOException {
        Path file = UPLOADS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "left behind");
        Files.setLastModifiedTime(file, modified);
        return file;
    }


    private long store(String email, String kind, String name, byte[] content) {
        HttpResponse<String> response = upload(email, kind, name, content);
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body());
    }

    private String refused(String email, String kind, String name, byte[] content) {
        HttpResponse<String> response = upload(email, kind, name, content);
        assertEquals(422, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> upload(String email, String kind, String name, byte[] content) {
        return new WebSession(base).postBytes("/test-support/uploads?owner=" + encode(email) + "&kind=" + kind
                + "&name=" + encode(name), content);
    }

    private void grant(long id, String viewer) {
        new WebSession(base).post("/test-support/uploads?grant=" + id + "&viewer=" + encode(viewer), Map.of());
    }

    private String rows(String email) {
        return new WebSession(base).get("/test-support/uploads?owner=" + encode(email)).body();
    }

    private String account(String email, String roles) {
        new WebSession(base).post("/test-support/accounts",
                Map.of("email", email, "name", "Test " + roles, "password", PASSWORD, "roles", roles));
        return email;
    }

    private WebSession signedIn(String email) {
        WebSession session = new WebSession(base);
        session.signIn(email, PASSWORD);
        return session;
    }

    /** The files under the uploads folder, as paths relative to it, leaving out the temporary folder. */
    private static Set<String> storedFiles() {
        try (Stream<Path> paths = Files.walk(UPLOADS)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> UPLOADS.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("incoming/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String size(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            return decoded.getWidth() + "x" + decoded.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A camera-like JPEG: an EXIF segment with a GPS position where the JFIF segment would be. */
    private static byte[] jpegWithGps(int width, int height) {
        byte[] plain = encode(picture(width, height), "jpeg");
        int app0End = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        byte[] exif = concat("Exif\0\0MM\0*\0\0\0\u0008\0\0\0\0\0\0GPS 52.3731N 4.8922E\0".getBytes(StandardCharsets.ISO_8859_1));
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)}, exif);
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, segment, java.util.Arrays.copyOfRange(plain, app0End, plain.length));
    }

    private static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 110, 180));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Ada Okafor, curriculum vitae");
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

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
