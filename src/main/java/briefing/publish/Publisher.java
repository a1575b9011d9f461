package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a finished site in place of the published one. The new site is built in a folder beside the
 * target (same file system), so the swap is two renames: readers and CI see either the old site or the
 * new one, never a half-written mix; a build that fails never reaches here and leaves the old site as
 * it was. Pages of deleted inputs disappear because the new folder replaces the old one whole.
 */
public final class Publisher {

    private static final String WORK_PREFIX = ".";

    private Publisher() {
    }

    /** A fresh, empty folder beside {@code target} to build the next site into. */
    public static Path workFolder(Path target, String purpose) {
        try {
            Path parent = target.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, WORK_PREFIX + target.getFileName() + "." + purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder beside " + target, e);
        }
    }

    /** Replaces {@code target} with {@code built}; {@code built} is gone afterwards. */
    public static void swap(Path built, Path target) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        try {
            Path old = null;
            if (Files.exists(absoluteTarget)) {
                old = workFolder(absoluteTarget, "old");
                Files.delete(old);
                move(absoluteTarget, old);
            }
            move(built, absoluteTarget);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + target, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Makes {@code target} hold exactly what {@code source} holds, touching only what differs: the preview
     * updates the folder it serves after an incremental build. Each file is replaced by a rename (a reader
     * sees the old or the new file, never half of one); the set as a whole is not atomic, which is fine for
     * a preview and why {@code build} uses {@link #swap} instead.
     */
    public static void mirror(Path source, Path target) {
        try {
            Files.createDirectories(target);
            Set<Path> present = new HashSet<>();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.filter(Files::isRegularFile).toList()) {
                    Path relative = source.relativize(from);
                    Path to = target.resolve(relative.toString());
                    present.add(to);
                    replaceIfDifferent(from, to);
                }
            }
            try (Stream<Path> files = Files.walk(target)) {
                for (Path stale : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (Files.isRegularFile(stale) && !present.contains(stale)) {
                        Files.delete(stale);
                    } else if (Files.isDirectory(stale) && !stale.equals(target) && isEmpty(stale)) {
                        Files.delete(stale);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + target, e);
        }
    }

    /**
     * {@link #mirror} when the caller knows what may have changed: only {@code candidates} are compared
     * (and copied if they differ) and {@code deleted} removed; relative paths. Everything else must be
     * equal already, as after an earlier mirror of the same folders.
     */
    public static void mirror(Path source, Path target, Collection<String> candidates, Collection<String> deleted) {
        try {
            for (String relative : candidates) {
                replaceIfDifferent(source.resolve(relative), target.resolve(relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + target, e);
        }
        deleteFiles(target, deleted);
    }

    /** Deletes these files (relative to {@code root}) and then any folder they leave empty. */
    public static void deleteFiles(Path root, Collection<String> relativeFiles) {
        try {
            for (String relative : relativeFiles) {
                Path file = root.resolve(relative).normalize();
                if (!file.startsWith(root)) {
                    throw new IllegalArgumentException("refusing to delete outside " + root + ": " + relative);
                }
                Files.deleteIfExists(file);
                for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root)
                        && Files.isDirectory(dir) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from " + root, e);
        }
    }

    /** Copies {@code from} over {@code to} (through a rename) unless they already hold the same bytes. */
    private static void replaceIfDifferent(Path from, Path to) throws IOException {
        if (differ(from, to)) {
            Files.createDirectories(to.getParent());
            Path next = to.resolveSibling(WORK_PREFIX + to.getFileName() + ".next");
            Files.copy(from, next, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            move(next, to);
        }
    }

    /** Same size and time (a file copied with its attributes and not rewritten since), or else same bytes. */
    private static boolean differ(Path from, Path to) throws IOException {
        if (!Files.exists(to)) {
            return true;
        }
        BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class);
        BasicFileAttributes b = Files.readAttributes(to, BasicFileAttributes.class);
        if (a.size() != b.size()) {
            return true;
        }
        return !a.lastModifiedTime().equals(b.lastModifiedTime()) && Files.mismatch(from, to) != -1;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
