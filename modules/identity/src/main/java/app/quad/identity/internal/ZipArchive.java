package app.quad.identity.internal;

import app.quad.platform.PersonalDataArchive;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The zip archive of an export: each module's entries in its own folder, and a README.txt describing them all. */
final class ZipArchive implements AutoCloseable {

    /** A module name, and names inside a module's folder: plain relative paths, nothing that climbs out. */
    private static final Pattern MODULE = Pattern.compile("[a-z]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    /** In a holder, so that the JSON-P provider is looked up only when JSON is written. */
    private static final class Pretty {
        static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    }

    private final ZipOutputStream zip;
    private final Map<String, String> contents = new LinkedHashMap<>();

    ZipArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** The view one module writes through: its names land in its own folder. */
    PersonalDataArchive module(String module) {
        if (!MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("not a module name: " + module);
        }
        return new PersonalDataArchive() {
            @Override
            public void json(String name, String description, JsonStructure document) throws IOException {
                begin(module, name, description);
                try (JsonWriter writer = Pretty.WRITERS.createWriter(unclosable(), StandardCharsets.UTF_8)) {
                    writer.write(document);
                }
                zip.closeEntry();
            }

            @Override
            public void file(String name, String description, InputStream content) throws IOException {
                begin(module, name, description);
                content.transferTo(zip);
                zip.closeEntry();
            }
        };
    }

    private void begin(String module, String name, String description) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        String path = module + "/" + name;
        if (contents.putIfAbsent(path, description == null ? "" : description.strip()) != null) {
            throw new IllegalArgumentException("already in the archive: " + path);
        }
        zip.putNextEntry(new ZipEntry(path));
    }

    /** The writer closes its stream; the zip must stay open for the next entry. */
    private OutputStream unclosable() {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Writes README.txt and ends the archive. */
    @Override
    public void close() throws IOException {
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(readme().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.close();
    }

    String readme() {
        StringBuilder text = new StringBuilder();
        text.append("Everything Quad holds about you\n")
                .append("===============================\n\n")
                .append("Each folder holds what one part of Quad keeps. The .json files are JSON (UTF-8);\n")
                .append("times are in UTC (ISO 8601). Files you uploaded are included as you gave them.\n\n");
        contents.forEach((path, description) -> text.append(path).append("\n    ").append(description).append("\n\n"));
        return text.toString();
    }
}
