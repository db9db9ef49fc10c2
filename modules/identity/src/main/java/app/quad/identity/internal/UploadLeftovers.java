package app.quad.identity.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and removes files in the uploads folder that no upload row refers to. They are left when
 * the server stops between placing an upload's files and committing its row, between committing a
 * deletion and removing the files, or while a file is being checked in {@code incoming/}.
 *
 * <p>Only names {@link UploadFiles} gives are touched, only directly in its folders, and only once
 * they are older than {@link #GRACE}, so an upload whose row is about to be committed is never
 * taken. Symbolic links are neither followed nor removed, so nothing outside the folder is reached.
 */
final class UploadLeftovers {

    /** Far longer than checking a file and committing its row can take. */
    static final Duration GRACE = Duration.ofHours(1);

    /**
     * Above this many, leftovers are no accident: the folder more likely belongs to another
     * database (a test server pointed at production's folder, a database restored from an older
     * backup than the files), and removing them would destroy uploads.
     */
    static final int MOST_LEFTOVERS_WITHOUT_ALARM = 20;

    private static final Logger LOG = Logger.getLogger(UploadLeftovers.class.getName());

    private static final Pattern FOLDER = Pattern.compile("[0-9a-f]{2}");
    private static final Pattern STORED = Pattern.compile("([0-9a-f]{32})-(original|display|thumbnail)\\.(pdf|jpg|png)");
    private static final Pattern TEMPORARY = Pattern.compile("(upload|variant)-[0-9]+\\.part");

    private final Path root;

    UploadLeftovers(Path root) {
        this.root = root;
    }

    /**
     * The storage key a file in the folder is named after, or empty for any name Quad does not give
     * to a stored file there.
     */
    static Optional<String> storageKey(String folder, String fileName) {
        Matcher stored = STORED.matcher(fileName);
        if (!FOLDER.matcher(folder).matches() || !stored.matches() || !stored.group(1).startsWith(folder)) {
            return Optional.empty();
        }
        return Optional.of(stored.group(1));
    }

    /** Whether the file in {@code incoming/} is a temporary file of a check. */
    static boolean temporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /** Whether a file last changed then is old enough to be taken as a leftover. */
    static boolean pastGrace(Instant modified, Instant now) {
        return !modified.isAfter(now.minus(GRACE));
    }

    /**
     * Whether to remove the leftovers found: not when there are more than a few and they are most
     * of the stored files looked at.
     */
    static boolean plausible(int leftovers, int storedFilesLookedAt) {
        return leftovers <= MOST_LEFTOVERS_WITHOUT_ALARM || leftovers * 2L <= storedFilesLookedAt;
    }

    /**
     * Removes the leftovers.
     *
     * @param existing given storage keys, answers those that have a row
     * @return how many files were removed
     */
    int sweep(Instant now, Function<Collection<String>, Set<String>> existing) throws IOException {
        // The configured folder may itself be a link an administrator made; below it nothing is followed.
        Path folder = root.toRealPath();
        List<Path> temporary = new ArrayList<>();
        List<Path> orphaned = new ArrayList<>();
        int looked = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(folder)) {
            for (Path sub : folders) {
                String name = sub.getFileName().toString();
                if (name.equals(UploadFiles.INCOMING) && directory(sub)) {
                    temporary.addAll(oldFiles(sub, now, UploadLeftovers::temporary));
                } else if (FOLDER.matcher(name).matches() && directory(sub)) {
                    Map<String, List<Path>> byKey = new HashMap<>();
                    for (Path file : oldFiles(sub, now, fileName -> storageKey(name, fileName).isPresent())) {
                        String key = storageKey(name, file.getFileName().toString()).orElseThrow();
                        byKey.computeIfAbsent(key, unused -> new ArrayList<>()).add(file);
                        looked++;
                    }
                    Set<String> kept = byKey.isEmpty() ? Set.of() : existing.apply(byKey.keySet());
                    byKey.forEach((key, files) -> {
                        if (!kept.contains(key)) {
                            orphaned.addAll(files);
                        }
                    });
                }
            }
        }
        int stored = looked;
        if (!plausible(orphaned.size(), stored)) {
            LOG.severe(() -> orphaned.size() + " of " + stored + " upload files in " + folder + " have no row in"
                    + " identity_upload. None was removed: check that quad.uploads.dir and quad.db.url belong together.");
            orphaned.clear();
        }
        int removed = 0;
        for (Path file : temporary) {
            removed += remove(file) ? 1 : 0;
        }
        for (Path file : orphaned) {
            removed += remove(file) ? 1 : 0;
        }
        return removed;
    }

    private static List<Path> oldFiles(Path folder, Instant now, Predicate<String> named) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && named.test(entry.getFileName().toString())
                        && pastGrace(attributes.lastModifiedTime().toInstant(), now)) {
                    files.add(entry);
                }
            }
        }
        return files;
    }

    private static boolean directory(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean remove(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove the leftover upload file " + file);
            return false;
        }
    }
}
