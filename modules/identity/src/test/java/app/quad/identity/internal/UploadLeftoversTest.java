package app.quad.identity.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadLeftoversTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofHours(2));
    private static final String KEPT = "3f9a00000000000000000000000000e1";
    private static final String ORPHAN = "3f0000000000000000000000000000aa";

    @TempDir
    Path root;

    @TempDir
    Path outside;

    private final Set<String> rows = new HashSet<>(Set.of(KEPT));
    private final Function<Collection<String>, Set<String>> existing = keys -> {
        Set<String> found = new HashSet<>(keys);
        found.retainAll(rows);
        return found;
    };

    @Test
    void onlyNamesQuadGivesInTheirOwnFolderHaveAKey() {
        assertEquals(KEPT, UploadLeftovers.storageKey("3f", KEPT + "-display.jpg").orElseThrow());
        assertEquals(KEPT, UploadLeftovers.storageKey("3f", KEPT + "-original.pdf").orElseThrow());
        assertTrue(UploadLeftovers.storageKey("aa", KEPT + "-display.jpg").isEmpty(), "in another key's folder");
        assertTrue(UploadLeftovers.storageKey("3f", KEPT.toUpperCase() + "-display.jpg").isEmpty());
        assertTrue(UploadLeftovers.storageKey("3f", KEPT + "-display.jpg.bak").isEmpty());
        assertTrue(UploadLeftovers.storageKey("3f", KEPT + "-preview.jpg").isEmpty());
        assertTrue(UploadLeftovers.storageKey("3f", KEPT + "-original.exe").isEmpty());
        assertTrue(UploadLeftovers.storageKey("3f", "3f9a-display.jpg").isEmpty());
        assertTrue(UploadLeftovers.storageKey("..", KEPT + "-display.jpg").isEmpty());
        assertTrue(UploadLeftovers.storageKey("3f", "notes.txt").isEmpty());
        assertTrue(UploadLeftovers.temporary("upload-8142650913284772195.part"));
        assertTrue(UploadLeftovers.temporary("variant-12.part"));
        assertFalse(UploadLeftovers.temporary("upload-x.part"));
        assertFalse(UploadLeftovers.temporary("upload-12.pdf"));
    }

    @Test
    void filesAreLeftoversOnlyAfterAnHour() {
        assertFalse(UploadLeftovers.pastGrace(NOW.minus(Duration.ofMinutes(59)), NOW));
        assertTrue(UploadLeftovers.pastGrace(NOW.minus(Duration.ofHours(1)), NOW));
        assertFalse(UploadLeftovers.pastGrace(NOW.plusSeconds(5), NOW), "a clock set back must not make files old");
    }

    @Test
    void aFewLeftoversAreAnAccidentButMostOfTheFolderIsNot() {
        assertTrue(UploadLeftovers.plausible(20, 20));
        assertTrue(UploadLeftovers.plausible(500, 1000));
        assertFalse(UploadLeftovers.plausible(21, 21));
        assertFalse(UploadLeftovers.plausible(501, 1000));
    }

    @Test
    void oldFilesWithoutARowGoAndEverythingElseStays() throws IOException {
        Path kept = file("3f/" + KEPT + "-display.jpg", OLD);
        Path keptThumbnail = file("3f/" + KEPT + "-thumbnail.jpg", OLD);
        Path orphan = file("3f/" + ORPHAN + "-display.jpg", OLD);
        Path orphanThumbnail = file("3f/" + ORPHAN + "-thumbnail.jpg", OLD);
        Path fresh = file("3f/3f1111111111111111111111111111bb-original.pdf", NOW.minus(Duration.ofMinutes(10)));
        Path foreign = file("3f/notes.txt", OLD);
        Path misplaced = file("aa/" + ORPHAN + "-original.pdf", OLD);
        Path oldTemporary = file("incoming/upload-123.part", OLD);
        Path freshTemporary = file("incoming/variant-456.part", NOW);
        Path elsewhere = file("other/" + ORPHAN + "-display.jpg", OLD);

        assertEquals(3, new UploadLeftovers(root).sweep(NOW, existing));

        assertFalse(Files.exists(orphan));
        assertFalse(Files.exists(orphanThumbnail));
        assertFalse(Files.exists(oldTemporary));
        for (Path stays : new Path[] {kept, keptThumbnail, fresh, foreign, misplaced, freshTemporary, elsewhere}) {
            assertTrue(Files.exists(stays), stays.toString());
        }
    }

    @Test
    void linksAreNeitherFollowedNorRemoved() throws IOException {
        Path target = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.setLastModifiedTime(target, FileTime.from(OLD));
        Files.createDirectories(root.resolve("3f"));
        Path link = Files.createSymbolicLink(root.resolve("3f/" + ORPHAN + "-display.jpg"), target);
        Path outsideFolder = Files.createDirectories(outside.resolve("ab"));
        Path victim = Files.writeString(outsideFolder.resolve("ab000000000000000000000000000000-original.pdf"), "%PDF");
        Files.setLastModifiedTime(victim, FileTime.from(OLD));
        Files.createSymbolicLink(root.resolve("ab"), outsideFolder);

        assertEquals(0, new UploadLeftovers(root).sweep(NOW, existing));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(target));
        assertTrue(Files.exists(victim));
    }

    @Test
    void aFolderLinkedAsTheUploadsFolderIsSweptThroughTheLink() throws IOException {
        Path orphan = file("3f/" + ORPHAN + "-display.jpg", OLD);
        Path link = Files.createSymbolicLink(outside.resolve("uploads"), root);
        assertEquals(1, new UploadLeftovers(link).sweep(NOW, existing));
        assertFalse(Files.exists(orphan));
    }

    @Test
    void whenMostFilesHaveNoRowNothingIsRemoved() throws IOException {
        rows.clear();
        for (int i = 0; i < UploadLeftovers.MOST_LEFTOVERS_WITHOUT_ALARM + 1; i++) {
            file(String.format("3f/3f%030x-original.pdf", i), OLD);
        }
        Path temporary = file("incoming/upload-1.part", OLD);

        assertEquals(1, new UploadLeftovers(root).sweep(NOW, existing), "only the temporary file");

        assertFalse(Files.exists(temporary));
        try (var left = Files.list(root.resolve("3f"))) {
            assertEquals(UploadLeftovers.MOST_LEFTOVERS_WITHOUT_ALARM + 1, left.count());
        }
    }

    private Path file(String name, Instant modified) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
