package app.quad.identity.internal;

import app.quad.identity.UploadKind;
import app.quad.identity.UploadVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadFilesTest {

    @TempDir
    Path root;

    @Test
    void checkedFilesAreMovedUnderARandomKeyInAFolderNamedByItsStart() throws IOException {
        UploadFiles files = new UploadFiles(root);
        Path display = Files.writeString(files.incoming().resolve("a.part"), "display");
        Path thumbnail = Files.writeString(files.incoming().resolve("b.part"), "thumbnail");

        String key = files.place(new CheckedUpload("image/jpeg", 9,
                Map.of(UploadVariant.DISPLAY, display, UploadVariant.THUMBNAIL, thumbnail)));

        assertTrue(key.matches("[0-9a-f]{32}"), key);
        assertEquals("display", Files.readString(root.resolve(key.substring(0, 2)).resolve(key + "-display.jpg")));
        assertEquals("thumbnail", Files.readString(files.path(key, UploadVariant.THUMBNAIL, "image/jpeg")));
        assertFalse(Files.exists(display));
        assertEquals(List.of(), list(files.incoming()));

        files.delete(key, UploadKind.PHOTO, "image/jpeg");
        assertEquals(List.of(), list(root.resolve(key.substring(0, 2))));
    }

    @Test
    void everyUploadGetsItsOwnKey() throws IOException {
        UploadFiles files = new UploadFiles(root);
        String first = files.place(new CheckedUpload("application/pdf", 1,
                Map.of(UploadVariant.ORIGINAL, Files.writeString(files.incoming().resolve("1.part"), "1"))));
        String second = files.place(new CheckedUpload("application/pdf", 1,
                Map.of(UploadVariant.ORIGINAL, Files.writeString(files.incoming().resolve("2.part"), "2"))));
        assertNotEquals(first, second);
        assertTrue(Files.exists(files.path(first, UploadVariant.ORIGINAL, "application/pdf")));
        assertTrue(files.path(second, UploadVariant.ORIGINAL, "application/pdf").toString().endsWith(second + "-original.pdf"));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }
}
