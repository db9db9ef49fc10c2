package app.quad.identity.internal;

import app.quad.platform.Rejection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Accepts a résumé only if it is a complete, readable, unencrypted PDF with nothing active in it.
 * Résumés are served as uploaded (rewriting PDFs is out of scope), so these checks are all that
 * stands between an upload and the people who open it:
 *
 * <ul>
 *   <li>the file starts with a PDF header and ends with an end-of-file marker followed by nothing
 *       but blanks, so it is neither cut off nor carrying something else after its end;</li>
 *   <li>no ZIP directory sits at its end (a PDF that is also a ZIP archive);</li>
 *   <li>its compressed streams unpack to at most {@value #MAX_UNPACKED_MB} MB, so parsing it cannot
 *       exhaust the server's memory;</li>
 *   <li>PDFBox parses it, it is not encrypted, and it has pages;</li>
 *   <li>none of its objects holds JavaScript, an XFA form, an action that launches programs, opens
 *       other files or submits forms, an attached file or embedded media ({@link PdfFeatures}).</li>
 * </ul>
 */
final class PdfCheck {

    static final int MAX_UNPACKED_MB = 100;

    /** Readers look for the end-of-file marker within the last 1,024 bytes; so does this check. */
    private static final int TAIL = 1024;

    /** A ZIP archive's end record lies within its last 65,557 bytes (22 bytes plus a comment). */
    private static final int ZIP_TAIL = 65_557;

    private static final byte[] HEADER = ascii("%PDF-");
    private static final byte[] END = ascii("%%EOF");
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};

    private static final String AGAIN = " Save or export it again as PDF and upload the new file.";
    private static final String ENCRYPTED = "The PDF is protected with a password or encrypted."
            + " Save a copy without protection and upload that.";
    private static final String PRINT_AGAIN = " Print or export your résumé to a new PDF (for example with"
            + " \u201cSave as PDF\u201d) and upload that.";

    private PdfCheck() {
    }

    /** @throws Rejection (field {@code file}) saying what is wrong */
    static void check(Path file) throws IOException {
        checkBytes(Files.readAllBytes(file));
        checkDocument(file);
    }

    /** The checks on the file as bytes, before a parser goes near it. Résumés are small enough to read whole. */
    static void checkBytes(byte[] pdf) {
        if (!startsWith(pdf, HEADER)) {
            throw refused("This file is not a PDF. Save your résumé as a PDF and upload that.");
        }
        int end = lastIndexOf(pdf, END, Math.max(0, pdf.length - TAIL));
        if (end < 0) {
            throw refused("The PDF is incomplete: it may have been cut off while it was downloaded or copied." + AGAIN);
        }
        for (int i = end + END.length; i < pdf.length; i++) {
            if (!isBlank(pdf[i])) {
                throw refused("The file has other data after the end of the PDF." + AGAIN);
            }
        }
        if (lastIndexOf(pdf, ZIP_END, Math.max(0, pdf.length - ZIP_TAIL)) >= 0) {
            throw refused("The PDF is also a ZIP archive." + AGAIN);
        }
        if (PdfStreams.unpackedSize(pdf, MAX_UNPACKED_MB * 1024L * 1024) > MAX_UNPACKED_MB * 1024L * 1024) {
            throw refused("The PDF unpacks to more than " + MAX_UNPACKED_MB + " MB, more than a résumé needs."
                    + " Save a smaller PDF, for example with smaller pictures, and upload that.");
        }
    }

    private static void checkDocument(Path file) {
        String problem;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            problem = document.isEncrypted() ? ENCRYPTED
                    : document.getNumberOfPages() == 0 ? "The PDF has no pages."
                    : PdfFeatures.refusal(document.getDocument()).map(found -> found + PRINT_AGAIN).orElse(null);
        } catch (InvalidPasswordException e) {
            problem = ENCRYPTED;
        } catch (IOException | RuntimeException | StackOverflowError | NoClassDefFoundError e) {
            // StackOverflowError: absurdly deep nesting. NoClassDefFoundError: PDFs encrypted for
            // certificates need a cryptography library that Quad does not ship.
            problem = "The PDF could not be read: it is damaged." + AGAIN;
        }
        if (problem != null) {
            throw refused(problem);
        }
    }

    private static Rejection refused(String message) {
        return new Rejection("file", message);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && regionMatches(data, 0, prefix);
    }

    /** The last position at or after {@code from} where the pattern starts, or -1. */
    static int lastIndexOf(byte[] data, byte[] pattern, int from) {
        for (int i = data.length - pattern.length; i >= from; i--) {
            if (regionMatches(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    static boolean regionMatches(byte[] data, int at, byte[] pattern) {
        if (at < 0 || at + pattern.length > data.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (data[at + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
