package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
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
