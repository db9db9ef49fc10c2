package app.quad.identity.internal;

import app.quad.identity.UploadVariant;
import app.quad.platform.Rejection;
import org.apache.tika.mime.MediaType;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an uploaded JPEG or PNG into the sizes Quad keeps. The upload itself is not kept: only
 * pixels pass from it to the new files, so its metadata (EXIF with GPS position, comments) and
 * anything appended after the picture are left behind.
 *
 * <p>The dimensions are read from the header before any pixel is decoded, and a picture of more
 * than {@value #MAX_MEGAPIXELS} megapixels is refused: a few kilobytes of PNG can claim a picture
 * that would need gigabytes of memory. Large pictures are decoded at a reduced resolution, just
 * sharp enough for the display size, which keeps memory use small for any upload.
 *
 * <p>CMYK and YCCK JPEGs (print files) decode too; drawing them into RGB converts their colours.
 */
final class PhotoVariants {

    static final int MAX_MEGAPIXELS = 40;

    static final float JPEG_QUALITY = 0.85f;

    /** EXIF sits in the first segments of a JPEG, and a segment holds at most 64 KB. */
    private static final int EXIF_SEARCH = 128 * 1024;

    private static final String DAMAGED = "The photo could not be read: it is damaged or incomplete."
            + " Save it again as JPEG or PNG and upload the new file.";

    static final String CMYK = "This photo uses CMYK colours, as print files do. Save it as an ordinary RGB JPEG"
            + " or PNG and upload it again.";

    private PhotoVariants() {
    }

    /**
     * Writes the display size and the thumbnail into the folder.
     *
     * @param type {@link ContentTypes#JPEG} or {@link ContentTypes#PNG}, as detected
     * @throws Rejection (field {@code file}) if the picture is too large or cannot be decoded
     */
    static Map<UploadVariant, Path> make(Path upload, MediaType type, Path folder) throws IOException {
        boolean jpeg = ContentTypes.JPEG.equals(type);
        BufferedImage image = Scaling.plain(decode(upload, jpeg ? "jpeg" : "png"), !jpeg);
        if (jpeg) {
            image = ExifOrientation.apply(image, ExifOrientation.of(start(upload)));
        }
        Map<UploadVariant, Path> files = new EnumMap<>(UploadVariant.class);
        try {
            files.put(UploadVariant.DISPLAY, write(Scaling.fit(image, UploadVariant.DISPLAY_PIXELS), jpeg, folder));
            files.put(UploadVariant.THUMBNAIL, write(Scaling.square(image, UploadVariant.THUMBNAIL_PIXELS), jpeg, folder));
        } catch (IOException | RuntimeException e) {
            files.values().forEach(CheckedUpload::deleteQuietly);
            throw e;
        }
        return files;
    }

    private static BufferedImage decode(Path upload, String format) throws IOException {
        // The reader is chosen by the detected format, never by ImageIO's own guess from the content.
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(upload.toFile())) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_MEGAPIXELS * 1_000_000L) {
                throw new Rejection("file", String.format("The photo is %,d \u00d7 %,d pixels; Quad takes photos of at most"
                        + " %d megapixels. Use a smaller copy of the photo.", width, height, MAX_MEGAPIXELS));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(width, height) / (2L * UploadVariant.DISPLAY_PIXELS));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                // A truncated JPEG decodes with a warning, the missing part grey; so does one whose
                // colour profile the decoder cannot use.
                throw new Rejection("file", unreadable(upload, format));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejection rejection) {
                throw rejection;
            }
            throw new Rejection("file", unreadable(upload, format));
        } finally {
            reader.dispose();
        }
    }

    /**
     * Why a picture could not be decoded, as far as can be told. The JDK decodes most CMYK and
     * YCCK JPEGs, but not all: for those, "damaged" would send people looking for a fault that is
     * not there.
     */
    private static String unreadable(Path upload, String format) {
        if (!format.equals("jpeg")) {
            return DAMAGED;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
            return JpegFrame.components(in) == JpegFrame.CMYK_COMPONENTS ? CMYK : DAMAGED;
        } catch (IOException e) {
            return DAMAGED;
        }
    }

    private static byte[] start(Path upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(EXIF_SEARCH);
        }
    }

    private static Path write(BufferedImage image, boolean jpeg, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "variant-", ".part");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (jpeg) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                // No metadata is passed on: the new file carries pixels only.
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            UploadFiles.sync(file);
            return file;
        } catch (IOException | RuntimeException e) {
            CheckedUpload.deleteQuietly(file);
            throw e;
        }
    }
}
