package app.quad.identity.internal;

import app.quad.identity.UploadKind;

import java.util.Locale;

/**
 * The name an upload is shown under: the name the browser sent, without the folders some browsers
 * send, control characters or invisible formatting (a right-to-left override can make
 * "cv\u202Efdp.exe" read as "cvexe.pdf"), and at most 255 characters. Never used to find a file.
 */
final class UploadName {

    static final int MAX = 255;

    private UploadName() {
    }

    static String clean(String given, UploadKind kind) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "").strip();
        if (name.isEmpty()) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        return name.codePointCount(0, name.length()) > MAX ? name.substring(0, name.offsetByCodePoints(0, MAX)) : name;
    }
}
