package app.quad.identity.internal;

import app.quad.platform.PersonalDataArchive;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipArchiveTest {

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachModuleWritesIntoItsOwnFolderAndTheReadmeDescribesEveryEntry() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchive zip = new ZipArchive(out)) {
            zip.module("identity").file("profile.json", "Your profile.", bytes("{\"headline\": \"Hi\"}"));
            zip.module("uploads").file("files/resume.pdf", "Your résumé.", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(java.util.List.of("identity/profile.json", "uploads/files/resume.pdf", "README.txt"), java.util.List.copyOf(entries.keySet()));
        assertTrue(new String(entries.get("identity/profile.json"), StandardCharsets.UTF_8).contains("\"headline\": \"Hi\""));
        assertEquals(3, entries.get("uploads/files/resume.pdf").length);
        String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("identity/profile.json\n    Your profile."));
        assertTrue(readme.contains("uploads/files/resume.pdf\n    Your résumé."));
    }

    @Test
    void namesCannotClimbOutOfTheModuleFolderOrRepeat() throws IOException {
        try (ZipArchive zip = new ZipArchive(new ByteArrayOutputStream())) {
            PersonalDataArchive identity = zip.module("identity");
            for (String name : new String[] {"../platform/mail.json", "/etc/passwd", "a/../../b", "", ".hidden", "a//b"}) {
                assertThrows(IllegalArgumentException.class,
                        () -> identity.file(name, "x", bytes("x")), name);
            }
            identity.file("once.json", "x", bytes("[]"));
            assertThrows(IllegalArgumentException.class, () -> identity.file("once.json", "x", bytes("[]")));
            assertThrows(IllegalArgumentException.class, () -> zip.module("../x"));
        }
    }
}
