package app.quad.identity.web.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code Content-Disposition} header of a served upload: a plain ASCII {@code filename} that
 * every browser understands, and the uploaded name in UTF-8 as {@code filename*} (RFC 6266 and
 * RFC 5987) for browsers that read it. Both end in the extension of the content actually served,
 * so a PDF uploaded as "cv.html" is saved as "cv.html.pdf" and never opened as a page.
 */
final class DownloadName {

    private static final int MAX_ASCII = 100;

    private DownloadName() {
    }

    /**
     * @param disposition {@code attachment} or {@code inline}
     * @param fallback    the base name when nothing usable is left of the uploaded one, e.g. {@code resume}
     */
    static String header(String disposition, String uploadedName, String extension, String fallback) {
        String name = uploadedName.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        String lower = name.toLowerCase(Locale.ROOT);
        String ending = Stream.of(extension, "jpg".equals(extension) ? "jpeg" : extension)
                .filter(candidate -> lower.endsWith("." + candidate))
                .findFirst().orElse(null);
        String base = ending == null ? name : name.substring(0, name.length() - ending.length() - 1);
        String suffix = "." + (ending == null ? extension : ending);
        if (base.isBlank()) {
            base = fallback;
        }
        return disposition + "; filename=\"" + ascii(base, fallback) + suffix + "\"; filename*=UTF-8''"
                + encode(base + suffix);
    }

    /** Accents dropped, anything else outside letters, digits and a few marks replaced, quotes never kept. */
    private static String ascii(String base, String fallback) {
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 ._()-]+", "_")
                .replaceAll("^[ ._]+|[ ._]+$", "");
        if (ascii.replace("_", "").isBlank()) {
            return fallback;
        }
        return ascii.length() > MAX_ASCII ? ascii.substring(0, MAX_ASCII) : ascii;
    }

    /** Percent-encodes all but RFC 5987's attr-char. */
    private static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
