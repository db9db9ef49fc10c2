package app.quad.platform;

import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.InputStream;

/**
 * The archive one module writes its part of an export into. Names are relative to the module's
 * folder ({@code profile.json} becomes {@code identity/profile.json}); each entry is described in
 * one line of the archive's README.txt.
 */
public interface PersonalDataArchive {

    /** A JSON document, written as UTF-8. */
    void json(String name, String description, JsonStructure document) throws IOException;

    /** A file as the person gave it to Quad, such as an uploaded résumé; the stream is read to its end, not closed. */
    void file(String name, String description, InputStream content) throws IOException;
}
